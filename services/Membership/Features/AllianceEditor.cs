using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AlliancePlatform.Membership.Features;

/// <summary>
/// How every change to an alliance is made: the alliance row is locked for the rest of the transaction (two
/// signatures arriving together must both see each other), the caller must act for it, and what the change
/// raised is published through the outbox and written to the audit trail in the same commit.
/// </summary>
internal sealed class AllianceEditor(MembershipDbContext db, AllianceAccess access, AllianceEvents events, IAuditTrail audit)
    : IAsyncDisposable
{
    private IDbContextTransaction? _ownTransaction;

    /// <summary>The alliance, locked and loaded whole, or null when it does not exist or is not the caller's to change.</summary>
    public async Task<Alliance?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            _ownTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }
        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM alliances WHERE id = {id} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return null;
        }
        var alliance = await db.Alliances.AsSplitQuery().SingleAsync(a => a.Id == id, cancellationToken);
        return await access.CanEditAsync(alliance, cancellationToken) ? alliance : null;
    }

    /// <summary>Opens the alliance, applies <paramref name="change"/>, saves, and answers with the alliance as it now is.</summary>
    public async Task<Results<Ok<AllianceDetailResponse>, NotFound>> ApplyAsync(
        Guid id, Func<Alliance, Task<bool>> change, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is not { } alliance || !await change(alliance))
        {
            return TypedResults.NotFound();
        }
        await SaveAsync(alliance, cancellationToken);
        return TypedResults.Ok(await AllianceDetailResponse.ForAsync(alliance, db, cancellationToken));
    }

    public Task<Results<Ok<AllianceDetailResponse>, NotFound>> ApplyAsync(Guid id, Action<Alliance> change, CancellationToken cancellationToken) =>
        ApplyAsync(id, alliance =>
        {
            change(alliance);
            return Task.FromResult(true);
        }, cancellationToken);

    public async Task SaveAsync(Alliance alliance, CancellationToken cancellationToken)
    {
        await events.PublishAsync(alliance, cancellationToken);
        audit.Succeeded(alliance.Id);
        await db.SaveChangesAsync(cancellationToken);
        if (_ownTransaction is not null)
        {
            await _ownTransaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<MemberUnit?> FindUnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        await db.MemberUnits.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);

    /// <summary>A change that was refused or failed leaves nothing behind.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_ownTransaction is not null)
        {
            await _ownTransaction.DisposeAsync();
        }
    }
}
