using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Features.Calendar;
using AlliancePlatform.Reporting.Features.Reports;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Reporting.Features.Statistics;

public sealed record StatusCount(ReportingStatus Status, string StatusName, int Count);

/// <param name="Owed">How many alliances owe the year's report.</param>
/// <param name="ByStatus">Each status, derived as of the request (not stored), with how many alliances are in it.</param>
/// <param name="Total">The figures of all accepted reports on the year.</param>
/// <param name="ByIndustryField">The same by Art 5-2 industry field.</param>
/// <param name="ByRegion">The same by prefecture-level region (GB/T 2260, e.g. 230100 Harbin).</param>
public sealed record StatisticsResponse(
    int Year, DateTimeOffset AsOf, int Owed, IReadOnlyList<StatusCount> ByStatus, ReportTotals Total,
    IReadOnlyList<ReportTotals> ByIndustryField, IReadOnlyList<ReportTotals> ByRegion);

/// <summary>Statistics of annual reports for the general administration division (Art 13).</summary>
internal static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reporting/statistics", GetAsync)
            .WithTags("Statistics")
            .WithName("GetReportingStatistics")
            .WithSummary("A year's annual reports: how many are not due, due, on time, late or missing, and the accepted reports' joint projects, funding and transfers by industry field and region")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.AdminDivision))
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<Ok<StatisticsResponse>, ValidationProblem>> GetAsync(
        int? year, ReportingDbContext db, IOptionsSnapshot<ReportingSettings> settings, TimeProvider clock, ReportingCalendar calendar,
        CancellationToken cancellationToken)
    {
        if (year is not (>= ObligationRules.MinYear and <= ObligationRules.MaxYear))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["year"] = [$"请给出统计年度（{ObligationRules.MinYear}–{ObligationRules.MaxYear}）。 / Give the year, from {ObligationRules.MinYear} to {ObligationRules.MaxYear}."],
            });
        }

        var now = clock.GetUtcNow();
        var alliances = await db.Alliances.AsNoTracking().ToListAsync(cancellationToken);
        var profiles = await db.Actors.AsNoTracking()
            .Select(a => new AllianceProfile(a.AllianceId, a.IndustryField, a.Region)).ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking().IgnoreAutoIncludes().Where(r => r.Year == year).ToListAsync(cancellationToken);
        var statistics = ReportingStatistics.For(year.Value, alliances, profiles, reports, settings.Value.Deadline(), now, await calendar.LoadAsync(cancellationToken));
        return TypedResults.Ok(new StatisticsResponse(
            statistics.Year, now, statistics.Owed,
            [.. statistics.ByStatus.OrderBy(s => s.Key).Select(s => new StatusCount(s.Key, $"{s.Key.NameZh()} / {s.Key.NameEn()}", s.Value))],
            statistics.Total, statistics.ByIndustryField, statistics.ByRegion));
    }
}
