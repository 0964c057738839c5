using System.ComponentModel;
using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Features.Calendar;
using AlliancePlatform.Reporting.Features.Reports;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Reporting.Features.ReportsInbox;

/// <summary>Which reports to list across alliances; bound from <c>?state=&amp;year=</c>.</summary>
public sealed record ReportsInboxFilter(
    [property: Description("draft, submitted, returned or accepted")] string? State,
    [property: Description("The year reported on")] int? Year)
{
    public IQueryable<AnnualReport> Apply(IQueryable<AnnualReport> reports)
    {
        if (QueryEnum.Parse<AnnualReportState>(State, "state") is { } state)
        {
            reports = reports.Where(r => r.State == state);
        }
        if (Year is { } year)
        {
            if (year is < ObligationRules.MinYear or > ObligationRules.MaxYear)
            {
                throw new BadHttpRequestException($"The query parameter 'year' is a year from {ObligationRules.MinYear} to {ObligationRules.MaxYear}.");
            }
            reports = reports.Where(r => r.Year == year);
        }
        return reports;
    }

    /// <summary>
    /// The secretariat's queue first: submitted reports, the one waiting longest (by its latest submission) first; then the
    /// rest, newest year and latest change first. The id keeps the order stable across pages.
    /// </summary>
    public static IQueryable<AnnualReport> InQueueOrder(IQueryable<AnnualReport> reports) =>
        reports
            .OrderBy(r => r.State == AnnualReportState.Submitted ? 0 : 1)
            .ThenBy(r => r.State == AnnualReportState.Submitted ? r.LastSubmittedAt : null)
            .ThenByDescending(r => r.Year)
            .ThenByDescending(r => r.UpdatedAt)
            .ThenBy(r => r.Id);
}

/// <param name="ObligationStatus">The year's standing, derived from the first submission: due, submitted_on_time, submitted_late, missing, not_due.</param>
/// <param name="ReturnReason">While returned: why the secretariat returned it.</param>
public sealed record ReportsInboxItem(
    Guid AllianceId, string AllianceName, int Year, AnnualReportState State, string StateName,
    DateTimeOffset? FirstSubmittedAt, DateTimeOffset? LastSubmittedAt, DateTimeOffset? AcceptedAt, string? ReturnReason,
    DateOnly DueOn, ReportingStatus ObligationStatus, string ObligationStatusName, int? DaysLate);

/// <summary>
/// The provincial officials' view of the annual reports across alliances (Art 13): the secretariat's inbox of reports
/// waiting for its review, and every other report by state and year.
/// </summary>
internal static class ReportsInboxEndpoints
{
    /// <summary>Who reads any alliance's reports (as in <see cref="ReportAccess"/>); an applicant reads only its own alliance's.</summary>
    public static readonly string[] Officials = [PlatformRoles.Secretariat, PlatformRoles.AdminDivision, PlatformRoles.BusinessDivision];

    public static IEndpointRouteBuilder MapReportsInboxApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reporting/reports", ListAsync)
            .WithTags("Annual reports")
            .WithName("ListAnnualReports")
            .WithSummary("Annual reports across alliances, filtered by state and year: submitted ones first, longest waiting first, then the rest")
            .RequireAuthorization(policy => policy.RequireRole(Officials))
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Ok<Page<ReportsInboxItem>>> ListAsync(
        [AsParameters] ReportsInboxFilter filter, [AsParameters] PageRequest page, ReportingDbContext db, ReportingCalendar calendar,
        IOptionsSnapshot<ReportingSettings> settings, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reports = ReportsInboxFilter.InQueueOrder(filter.Apply(db.Reports.AsNoTracking().IgnoreAutoIncludes()));
        var found = await page.ReadAsync(
            reports.Select(r => new { r.AllianceId, r.Year, r.State, r.FirstSubmittedAt, r.LastSubmittedAt, r.AcceptedAt, r.ReturnReason }),
            r => r, cancellationToken);

        var ids = found.Items.Select(r => r.AllianceId).Distinct().ToList();
        var names = await db.Actors.AsNoTracking().Where(x => ids.Contains(x.AllianceId)).ToDictionaryAsync(x => x.AllianceId, x => x.Name, cancellationToken);
        var workingDays = await calendar.LoadAsync(cancellationToken);
        var deadline = settings.Value.Deadline();
        var now = clock.GetUtcNow();

        return TypedResults.Ok(new Page<ReportsInboxItem>(
            [.. found.Items.Select(r =>
            {
                var standing = ReportingObligation.For(r.AllianceId, r.Year, deadline).StandingAt(r.FirstSubmittedAt, now, workingDays);
                return new ReportsInboxItem(
                    r.AllianceId, names.GetValueOrDefault(r.AllianceId) ?? "", r.Year, r.State, $"{r.State.NameZh()} / {r.State.NameEn()}",
                    r.FirstSubmittedAt, r.LastSubmittedAt, r.AcceptedAt, r.ReturnReason,
                    standing.DueOn, standing.Status, $"{standing.Status.NameZh()} / {standing.Status.NameEn()}", standing.DaysLate);
            })],
            found.PageNumber, found.PageSize, found.TotalCount));
    }
}
