using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Features.Calendar;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Contract = AlliancePlatform.Contracts.Reporting;

namespace AlliancePlatform.Reporting.Features.Reports;

/// <summary>
/// How every change to an annual report is made: the alliance must owe that year's report and the caller must act for
/// it or review it; the report row is locked for the transaction (the idempotency filter's), the change audited, and an
/// acceptance published through the outbox in the same save.
/// </summary>
internal sealed class ReportEditor(
    ReportingDbContext db, ReportAccess access, IAuditTrail audit, IOptionsSnapshot<ReportingSettings> settings, TimeProvider clock,
    ReportingCalendar calendar, IOutbox outbox)
{
    public async Task<Results<Ok<ReportResponse>, NotFound>> ApplyAsync(
        Guid allianceId, int year, bool startIfMissing, Action<AnnualReport, Actor, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.AllianceId == allianceId, cancellationToken);
        var deadline = settings.Value.Deadline();
        if (alliance is null || !alliance.OwesReportFor(year, deadline) || !await access.CanReadAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var obligation = alliance.ObligationFor(year, deadline);
        var now = clock.GetUtcNow();
        var actor = access.Actor();

        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM annual_reports WHERE alliance_id = {allianceId} AND year = {year} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var report = await db.Reports.SingleOrDefaultAsync(r => r.AllianceId == allianceId && r.Year == year, cancellationToken);
        if (report is null)
        {
            if (!startIfMissing)
            {
                return TypedResults.NotFound();
            }
            report = AnnualReport.Start(actor, obligation, now);
            db.Reports.Add(report);
        }
        change(report, actor, now);
        foreach (var accepted in report.DomainEvents.OfType<AnnualReportAccepted>())
        {
            outbox.Add(
                new Contract.AnnualReportAccepted(accepted.ReportId, accepted.AllianceId, accepted.Year, accepted.Content.Figures(), accepted.OccurredAt),
                accepted.AllianceId.ToString());
        }
        report.ClearDomainEvents();
        audit.Succeeded(report.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReportResponse.For(report, ObligationResponses.For(obligation, report, now, await calendar.LoadAsync(cancellationToken))));
    }
}
