using static AlliancePlatform.Reporting.Domain.RuleChecks;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// The day of the following year by which the annual report is due, a setting (Art 13 “每年1月底前”, domain.md §4
/// [policy default]: 31 January). The due day counts whole, to 24:00 Asia/Shanghai; a due day on a weekend or holiday
/// does not move (the report is submitted online). A 29 February setting falls on 28 February in common years.
/// </summary>
public sealed record ReportingDeadline
{
    public const int DefaultMonth = 1;
    public const int DefaultDay = 31;
    private const int LeapYear = 2000;

    public ReportingDeadline(int month = DefaultMonth, int day = DefaultDay)
    {
        Require(month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(LeapYear, month), ObligationRules.DeadlineInvalid);
        Month = month;
        Day = day;
    }

    public static ReportingDeadline Default { get; } = new();

    public int Month { get; }
    public int Day { get; }

    /// <summary>The last day to submit the report on <paramref name="reportYear"/>: in the following year.</summary>
    public DateOnly DueOn(int reportYear)
    {
        var year = reportYear + 1;
        return new DateOnly(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));
    }
}
