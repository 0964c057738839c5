using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Features.Applications;
using AlliancePlatform.Filing.Messaging;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Filing.Features.Clock;

/// <summary>
/// The filing timers: a correction past its deadline lapses (Art 11-3), a notice that closed with no objection
/// pending is filed (Art 11-8). Every replica runs this; each application is taken under a row lock and its state
/// checked again inside that transaction, so each timer fires exactly once however many replicas race for it.
/// </summary>
internal sealed class FilingClock(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<FilingSettings> settings, ILogger<FilingClock> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A database outage must not stop the clock: the next tick tries again, and nothing was committed.
                logger.LogWarning(e, "The filing clock could not complete a tick; it will try again");
            }
            await Task.Delay(settings.CurrentValue.ClockInterval, stoppingToken);
        }
    }

    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
            var lapsing = await db.Applications.IgnoreAutoIncludes()
                .Where(a => a.Status == FilingStatus.CorrectionRequested
                    && a.Stages.Any(s => s.Kind == ReviewStageKind.Correction && s.ClosedAt == null && s.DueOn < today))
                .Select(a => a.Id).ToListAsync(cancellationToken);
            var closing = await db.Set<PublicNotice>()
                .Where(n => n.ClosesAt <= now)
                .Select(n => EF.Property<Guid>(n, "ApplicationId"))
                .Where(id => db.Applications.Any(a => a.Id == id && a.Status == FilingStatus.PublicNotice && !a.Objections.Any(o => o.Ruling == ObjectionRuling.Pending)))
                .ToListAsync(cancellationToken);
            due = [.. lapsing, .. closing];
        }
        foreach (var id in due)
        {
            try
            {
                await FireAsync(id, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // One application that cannot be moved must not hold up the others; it is tried again next tick.
                logger.LogError(e, "The filing clock could not fire the timer of application {Application}", id);
            }
        }
    }

    private async Task FireAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
        var events = scope.ServiceProvider.GetRequiredService<ApplicationEvents>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Another replica holding the row is already firing this timer: skip it rather than wait and fire twice.
        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM filing_applications WHERE id = {id} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return;
        }
        var application = await db.Applications.AsSplitQuery().SingleAsync(a => a.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        if (application.CorrectionClosesAt is { } closesAt && closesAt <= now)
        {
            application.Lapse(now);
            audit.Record("filing_application.lapse", "filing_application", id.ToString(), detail: $"correction closed at {closesAt:O}");
            logger.LogInformation("Application {Application} lapsed: its correction deadline {ClosesAt} passed", id, closesAt);
        }
        else if (application.IsReadyToFile(now))
        {
            await FileAsync(db, application, now, cancellationToken);
            audit.Record("filing_application.file", "filing_application", id.ToString(), detail: application.DocumentNumber);
        }
        else
        {
            return; // fired by another replica meanwhile, or no longer due
        }
        await events.PublishAsync(application, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task FileAsync(FilingDbContext db, FilingApplication application, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filedOn = ChinaTime.DateOf(now);
        var filingNumber = FilingNumber.For(filedOn.Year, await db.NextAsync(NumberSequences.FilingNumbers, filedOn.Year, cancellationToken));
        var documentNumber = DocumentNumber.For(
            filedOn.Year, await db.NextAsync(NumberSequences.DocumentNumbers, filedOn.Year, cancellationToken), settings.CurrentValue.DocumentNumberPrefix);
        application.File(new FilingNumbers(filingNumber.ToString(), documentNumber.ToString(), filedOn), now);
        // As Membership now describes the alliance; the application's own copy if its projection is missing.
        var listing = (await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.AllianceId == application.AllianceId, cancellationToken))?.ToListing()
            ?? new AllianceListing(application.AllianceName, application.IndustryField, application.Region, null);
        db.Register.Add(FiledAlliance.File(application.AllianceId, application.Id, listing, filingNumber, documentNumber, filedOn, now));
        logger.LogInformation("Alliance {Alliance} filed as {DocumentNumber}", application.AllianceId, documentNumber);
    }
}
