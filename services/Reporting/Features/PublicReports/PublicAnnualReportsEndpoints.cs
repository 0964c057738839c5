using System.ComponentModel;
using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Features.Calendar;
using AlliancePlatform.Reporting.Features.Reports;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Reporting.Features.PublicReports;

public sealed record PublicReportsFilter(
    [property: Description("One alliance, by its id")] Guid? AllianceId,
    [property: Description("Part of the alliance's name")] string? Name);

/// <summary>Where one year's report stands; never the report's content or its review.</summary>
public sealed record PublicReportingYear(
    int Year, DateOnly DueOn, ReportingStatus Status, string StatusName, int? WorkingDaysLeft, int? DaysLate, int? DaysOverdue,
    DateOnly? SubmittedOn, IReadOnlyList<int>? YearsWithoutSchedule, string? Note);

public sealed record PublicAllianceReports(Guid AllianceId, string AllianceName, IReadOnlyList<PublicReportingYear> Years);

/// <summary>
/// Whether the filed alliances report on time (Art 13), for the public (domain.md §7: public data is readable without
/// login): each year owed with its status derived from the dates. Alliances that have left the register (Art 17) are not listed.
/// </summary>
internal static class PublicAnnualReportsEndpoints
{
    public static IEndpointRouteBuilder MapPublicAnnualReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/annual-reports", ListAsync)
            .WithTags("Annual reports (public)")
            .WithName("ListPublicAnnualReportStatus")
            .WithSummary("Filed alliances with each year they owe a report for and its status: not_due, due (working days left), submitted_on_time, submitted_late (days late), missing (days overdue)")
            .AllowAnonymous()
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Ok<Page<PublicAllianceReports>>> ListAsync(
        [AsParameters] PublicReportsFilter filter, [AsParameters] PageRequest page, ReportingDbContext db, ReportingCalendar calendar,
        IOptionsSnapshot<ReportingSettings> settings, TimeProvider clock, CancellationToken cancellationToken)
    {
        var alliances = db.Alliances.AsNoTracking().Where(a => a.Periods.Any(p => p.RevokedOn == null));
        if (filter.AllianceId is { } allianceId)
        {
            alliances = alliances.Where(a => a.AllianceId == allianceId);
        }
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var name = filter.Name.Trim();
            alliances = alliances.Where(a => db.Actors.Any(x => x.AllianceId == a.AllianceId && x.Name.Contains(name)));
        }
        var found = await page.ReadAsync(alliances.OrderBy(a => a.AllianceId), a => a, cancellationToken);

        var ids = found.Items.Select(a => a.AllianceId).ToList();
        var names = await db.Actors.AsNoTracking().Where(x => ids.Contains(x.AllianceId)).ToDictionaryAsync(x => x.AllianceId, x => x.Name, cancellationToken);
        var submitted = (await db.Reports.AsNoTracking().IgnoreAutoIncludes().Where(r => ids.Contains(r.AllianceId))
                .Select(r => new { r.AllianceId, r.Year, r.FirstSubmittedAt }).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.AllianceId, r.Year), r => r.FirstSubmittedAt);
        var workingDays = await calendar.LoadAsync(cancellationToken);
        var deadline = settings.Value.Deadline();
        var now = clock.GetUtcNow();

        PublicReportingYear Year(ReportingObligation obligation)
        {
            var standing = obligation.StandingAt(submitted.GetValueOrDefault((obligation.AllianceId, obligation.Year)), now, workingDays);
            return new PublicReportingYear(
                obligation.Year, standing.DueOn, standing.Status, $"{standing.Status.NameZh()} / {standing.Status.NameEn()}",
                standing.WorkingDaysLeft, standing.DaysLate, standing.DaysOverdue, standing.SubmittedOn, standing.YearsWithoutSchedule,
                ObligationResponses.NoScheduleNote(standing.YearsWithoutSchedule));
        }

        return TypedResults.Ok(new Page<PublicAllianceReports>(
            [.. found.Items.Select(a => new PublicAllianceReports(
                a.AllianceId, names.GetValueOrDefault(a.AllianceId) ?? "", [.. a.Obligations(now, deadline).Select(Year)]))],
            found.PageNumber, found.PageSize, found.TotalCount));
    }
}
