namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// One owed year of an alliance's reporting history as dynamic management reads it (Art 14, 17-2): the year's status at
/// the time of reading, and its report's state and whether it shows activity.
/// </summary>
public sealed record ReportingYear(int Year, ReportingStatus Status, AnnualReportState? ReportState, bool ShowsActivity)
{
    public bool IsMissing => Status == ReportingStatus.Missing;

    /// <summary>An accepted report that shows a joint project, an activity or an achievement transfer.</summary>
    public bool IsAcceptedWithActivity => ReportState == AnnualReportState.Accepted && ShowsActivity;

    /// <summary>An accepted report that shows none of them: the mark of a stagnant (僵化) alliance.</summary>
    public bool IsAcceptedWithoutActivity => ReportState == AnnualReportState.Accepted && !ShowsActivity;

    /// <summary>The year as it stands at <paramref name="now"/>, with its report if the alliance has started one.</summary>
    public static ReportingYear Of(ReportingObligation obligation, AnnualReport? report, DateTimeOffset now, IWorkingDayCounter calendar)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var standing = report is null ? obligation.StandingAt(null, now, calendar) : report.StandingAt(obligation, now, calendar);
        return new ReportingYear(obligation.Year, standing.Status, report?.State, report?.Content.ShowsActivity ?? false);
    }

    /// <summary>Every owed year at <paramref name="now"/>, oldest first, each with its report (one per year, if any).</summary>
    public static IReadOnlyList<ReportingYear> History(
        IEnumerable<ReportingObligation> obligations, IEnumerable<AnnualReport> reports, DateTimeOffset now, IWorkingDayCounter calendar)
    {
        ArgumentNullException.ThrowIfNull(obligations);
        ArgumentNullException.ThrowIfNull(reports);
        var byYear = reports.ToDictionary(r => r.Year);
        return [.. obligations.OrderBy(o => o.Year).Select(o => Of(o, byYear.GetValueOrDefault(o.Year), now, calendar))];
    }
}
