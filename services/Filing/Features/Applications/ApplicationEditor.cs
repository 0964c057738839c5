using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AlliancePlatform.Filing.Features.Applications;

/// <summary>
/// How every change to an application is made: its row is locked for the rest of the transaction (two reviewers
/// deciding at once must not both succeed), the caller must be allowed to see it, and what the change raised is
/// published through the outbox and written to the audit trail in the same commit.
/// </summary>
internal sealed class ApplicationEditor(FilingDbContext db, ApplicationAccess access, ApplicationEvents events, IAuditTrail audit)
    : IAsyncDisposable
{
    private IDbContextTransaction? _ownTransaction;

    public Actor Actor => access.Actor();

    /// <summary>The application, locked and loaded whole, or null when it does not exist or is not the caller's to see.</summary>
    public async Task<FilingApplication?> OpenAsync(Guid id, CancellationToken cancellationToken, bool checkAccess = true)
    {
        if (db.Database.CurrentTransaction is null)
        {
            _ownTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }
        // A failed save fails the whole request and its transaction: a savepoint around it would only add round trips.
        db.Database.AutoSavepointsEnabled = false;
        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM filing_applications WHERE id = {id} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return null;
        }
        var application = await db.Applications.AsSplitQuery().SingleAsync(a => a.Id == id, cancellationToken);
        return !checkAccess || await access.CanReadAsync(application, cancellationToken) ? application : null;
    }

    /// <summary>Opens the application, applies <paramref name="change"/>, saves, and answers with the application as it now is.</summary>
    public async Task<Results<Ok<ApplicationResponse>, NotFound>> ApplyAsync(
        Guid id, Func<FilingApplication, Task> change, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is not { } application)
        {
            return TypedResults.NotFound();
        }
        await change(application);
        await SaveAsync(application, cancellationToken);
        return TypedResults.Ok(ApplicationResponse.For(application, access.Actor()));
    }

    public Task<Results<Ok<ApplicationResponse>, NotFound>> ApplyAsync(Guid id, Action<FilingApplication> change, CancellationToken cancellationToken) =>
        ApplyAsync(id, application =>
        {
            change(application);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task SaveAsync(FilingApplication application, CancellationToken cancellationToken)
    {
        await events.PublishAsync(application, cancellationToken);
        audit.Succeeded(application.Id);
        await db.SaveChangesAsync(cancellationToken);
        if (_ownTransaction is not null)
        {
            await _ownTransaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>A change that was refused or failed leaves nothing behind.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_ownTransaction is not null)
        {
            await _ownTransaction.DisposeAsync();
        }
    }
}
