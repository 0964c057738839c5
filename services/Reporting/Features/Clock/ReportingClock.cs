using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Messaging;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Contract = AlliancePlatform.Contracts.Reporting;

namespace AlliancePlatform.Reporting.Features.Clock;

/// <summary>
/// The reporting timers: reminder steps (Art 13), yellow cards issued and lifted (Art 14), and two consecutive missing
/// years reported to Filing (Art 17-2). Every replica runs it; each alliance is taken under a row lock that other
/// replicas skip, and what fired is kept in ledgers with unique keys, so each step fires exactly once.
/// </summary>
internal sealed class ReportingClock(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<ReportingSettings> settings, ILogger<ReportingClock> logger)
    : BackgroundService
{
    private static readonly IWorkingDayCounter StatusesOnly = new ScheduledWorkingDays(new WorkingDayCalendar([]));

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
                logger.LogWarning(e, "The reporting clock could not complete a tick; it will try again");
            }
            await Task.Delay(settings.CurrentValue.ClockInterval, stoppingToken);
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        List<Guid> alliances;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            alliances = await db.Alliances.Select(a => a.AllianceId).ToListAsync(cancellationToken);
        }
        foreach (var allianceId in alliances)
        {
            await ReviewAsync(allianceId, cancellationToken);
        }
    }

    private async Task ReviewAsync(Guid allianceId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM reporting_alliances WHERE alliance_id = {allianceId} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var options = settings.CurrentValue;
        var alliance = await db.Alliances.SingleAsync(a => a.AllianceId == allianceId, cancellationToken);
        var name = await db.Actors.Where(a => a.AllianceId == allianceId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
        var obligations = alliance.Obligations(now, options.Deadline());
        var reports = await db.Reports.Where(r => r.AllianceId == allianceId).ToListAsync(cancellationToken);
        var raisedAny = false;

        var fired = await db.Set<FiredReminder>().Where(f => f.AllianceId == allianceId).ToListAsync(cancellationToken);
        foreach (var obligation in obligations)
        {
            var firstSubmittedAt = reports.SingleOrDefault(r => r.Year == obligation.Year)?.FirstSubmittedAt;
            var keys = fired.Where(f => f.ReportYear == obligation.Year).Select(f => f.Step).ToHashSet();
            foreach (var step in ReminderSchedule.Due(obligation, firstSubmittedAt, now, options.Ladder(), keys))
            {
                db.Add(new FiredReminder { AllianceId = allianceId, ReportYear = obligation.Year, Step = step.Key, FiredAt = now });
                outbox.Add(new Contract.AnnualReportReminderDue(allianceId, name, obligation.Year, obligation.DueOn, step.Key, now), allianceId.ToString());
                raisedAny = true;
            }
        }

        // Only the statuses decide here; the working days left, which would need the holiday schedules, play no part.
        var history = ReportingYear.History(obligations, reports, now, StatusesOnly);
        if (alliance.IsFiled)
        {
            var cards = await db.Set<YellowCard>().Where(c => c.AllianceId == allianceId).ToListAsync(cancellationToken);
            foreach (var decision in YellowCardPolicy.Decide(history, cards, options.YellowCards(), now))
            {
                raisedAny = true;
                if (decision is IssueYellowCard issue)
                {
                    var card = YellowCard.Issue(allianceId, issue, now);
                    db.Add(card);
                    outbox.Add(new Contract.YellowCardIssued(allianceId, card.ReportYear, PlatformJson.NameOf(card.Reason), card.RectifyBy, now), allianceId.ToString());
                    audit.Record("yellow_card.issue", "alliance", allianceId.ToString(), detail: $"{card.ReportYear} {card.Reason}");
                }
                else if (decision is LiftYellowCard lift)
                {
                    cards.Single(c => c.Id == lift.CardId).Lift(lift, now);
                    outbox.Add(new Contract.YellowCardLifted(allianceId, lift.ByReportYear, now), allianceId.ToString());
                    audit.Record("yellow_card.lift", "alliance", allianceId.ToString(), detail: $"{lift.CardReportYear} by {lift.ByReportYear}");
                }
            }

            var raised = await db.Set<RaisedMissingYears>().Where(r => r.AllianceId == allianceId)
                .Select(r => new MissingYearsPair(r.FirstYear, r.SecondYear)).ToListAsync(cancellationToken);
            foreach (var pair in TwoMissingYearsRule.Detect(history, raised))
            {
                db.Add(new RaisedMissingYears { AllianceId = allianceId, FirstYear = pair.FirstYear, SecondYear = pair.SecondYear, RaisedAt = now });
                outbox.Add(new Contract.AnnualReportsMissingTwoYears(allianceId, pair.FirstYear, pair.SecondYear, now), allianceId.ToString());
                audit.Record("annual_reports.missing_two_years", "alliance", allianceId.ToString(), detail: pair.Key);
                raisedAny = true;
            }
        }

        if (raisedAny)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
