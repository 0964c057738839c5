namespace AlliancePlatform.Reporting.Domain;

/// <summary>What statistics know of an alliance besides its filing periods: its Art 5-2 industry field and its region (GB/T 2260).</summary>
public sealed record AllianceProfile(Guid AllianceId, string IndustryField, string Region);

/// <summary>The figures of accepted reports that one group of alliances adds up to (Art 13).</summary>
/// <param name="Key">The industry field code, or the prefecture-level region code; <see cref="ReportingStatistics.Unknown"/> when not known.</param>
/// <param name="AcceptedReports">How many accepted reports the figures come from.</param>
public sealed record ReportTotals(
    string Key, int AcceptedReports, int JointProjects, decimal JointProjectFunding, int AchievementTransfers, decimal TransferContractValue)
{
    public static ReportTotals Zero(string key) => new(key, 0, 0, 0m, 0, 0m);

    public ReportTotals Add(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return this with
        {
            AcceptedReports = AcceptedReports + 1,
            JointProjects = JointProjects + content.JointProjects,
            JointProjectFunding = JointProjectFunding + content.JointProjectFunding,
            AchievementTransfers = AchievementTransfers + content.AchievementTransfers,
            TransferContractValue = TransferContractValue + content.TransferContractValue,
        };
    }
}

/// <summary>
/// A year of annual reports for the administration (Art 13): how many alliances owed that year's report, each
/// <see cref="ReportingStatus"/> (derived from the dates as of the moment asked, never stored), and the totals of the
/// accepted reports in all, by industry field and by prefecture-level region.
/// </summary>
public sealed record YearStatistics(
    int Year,
    int Owed,
    IReadOnlyDictionary<ReportingStatus, int> ByStatus,
    ReportTotals Total,
    IReadOnlyList<ReportTotals> ByIndustryField,
    IReadOnlyList<ReportTotals> ByRegion);

/// <summary>Statistics of one reporting year, from the register's periods and the reports (Art 13).</summary>
public static class ReportingStatistics
{
    public const string Unknown = "unknown";
    public const string AllKey = "all";

    /// <summary>
    /// The statistics of <paramref name="year"/> at <paramref name="now"/>. Only alliances that owe the year's report
    /// count; only accepted reports on the year add to the totals.
    /// </summary>
    public static YearStatistics For(
        int year, IEnumerable<ReportingAlliance> alliances, IEnumerable<AllianceProfile> profiles, IEnumerable<AnnualReport> reports,
        ReportingDeadline deadline, DateTimeOffset now, IWorkingDayCounter calendar)
    {
        ArgumentNullException.ThrowIfNull(alliances);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(calendar);

        var profileOf = profiles.ToDictionary(p => p.AllianceId);
        var reportOf = reports.Where(r => r.Year == year).ToDictionary(r => r.AllianceId);
        var byStatus = Enum.GetValues<ReportingStatus>().ToDictionary(s => s, _ => 0);
        var owing = alliances.Where(a => a.OwesReportFor(year, deadline)).ToList();
        foreach (var alliance in owing)
        {
            var standing = alliance.ObligationFor(year, deadline).StandingAt(reportOf.GetValueOrDefault(alliance.AllianceId)?.FirstSubmittedAt, now, calendar);
            byStatus[standing.Status]++;
        }

        var accepted = owing.Select(a => reportOf.GetValueOrDefault(a.AllianceId)).OfType<AnnualReport>().Where(r => r.IsAccepted).ToList();
        var total = accepted.Aggregate(ReportTotals.Zero(AllKey), (sum, r) => sum.Add(r.Content));
        return new YearStatistics(
            year, owing.Count, byStatus, total,
            Totals(accepted, r => IndustryFieldOf(profileOf.GetValueOrDefault(r.AllianceId))),
            Totals(accepted, r => PrefectureOf(profileOf.GetValueOrDefault(r.AllianceId)?.Region)));
    }

    /// <summary>
    /// The prefecture-level (地级) code of a GB/T 2260 county- or city-level code: its first four digits and 00, e.g.
    /// 230183 (尚志市) → 230100 (哈尔滨市); <see cref="Unknown"/> for anything not six digits.
    /// </summary>
    public static string PrefectureOf(string? region) =>
        region is { Length: 6 } code && code.All(char.IsAsciiDigit) ? string.Concat(code.AsSpan(0, 4), "00") : Unknown;

    private static string IndustryFieldOf(AllianceProfile? profile) =>
        string.IsNullOrWhiteSpace(profile?.IndustryField) ? Unknown : profile.IndustryField;

    private static List<ReportTotals> Totals(IEnumerable<AnnualReport> accepted, Func<AnnualReport, string> keyOf) =>
    [
        .. accepted.GroupBy(keyOf, StringComparer.Ordinal)
            .Select(g => g.Aggregate(ReportTotals.Zero(g.Key), (sum, r) => sum.Add(r.Content)))
            .OrderBy(t => t.Key, StringComparer.Ordinal),
    ];
}
