namespace AlliancePlatform.Portal.Features.Dashboard;

/// <summary>Reporting's <c>/api/reporting/statistics?year=</c>: a year's annual reports for the admin division (Art 13).</summary>
/// <param name="Owed">How many alliances owe the year's report.</param>
/// <param name="ByStatus">Every reporting status (not_due, due, submitted_on_time, submitted_late, missing) with its count.</param>
public sealed record ReportStatistics(
    int Year, DateTimeOffset AsOf, int Owed, IReadOnlyList<ReportStatusCount> ByStatus, ReportTotals Total,
    IReadOnlyList<ReportTotals> ByIndustryField, IReadOnlyList<ReportTotals> ByRegion)
{
    /// <summary>The years the dashboard offers: this year and the five before, newest first.</summary>
    public static IReadOnlyList<int> Years(int thisYear) => [.. Enumerable.Range(0, 6).Select(back => thisYear - back)];
}

public sealed record ReportStatusCount(string Status, string StatusName, int Count);

/// <summary>The accepted reports' figures for one key (an industry field, a prefecture code, or <c>all</c>); money in yuan.</summary>
public sealed record ReportTotals(
    string Key, int AcceptedReports, int JointProjects, decimal JointProjectFunding, int AchievementTransfers, decimal TransferContractValue);
