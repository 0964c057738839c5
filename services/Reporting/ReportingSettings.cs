using AlliancePlatform.Reporting.Domain;

namespace AlliancePlatform.Reporting;

/// <summary>The policy defaults of reporting (configuration section <c>Reporting</c>), e.g. <c>Reporting__DueMonth=1</c>.</summary>
public sealed class ReportingSettings
{
    public const string Section = "Reporting";

    /// <summary>The report on a year is due by this day of the following year: 31 January (Art 13).</summary>
    public int DueMonth { get; set; } = ReportingDeadline.DefaultMonth;
    public int DueDay { get; set; } = ReportingDeadline.DefaultDay;

    /// <summary>Reminder steps: days before the due date, and days after it while the report is still missing.</summary>
    public List<int> RemindDaysBefore { get; set; } = [];
    public List<int> RemindDaysAfter { get; set; } = [];

    /// <summary>Yellow cards (Art 14): for an accepted report without activity, for a missing report, and the rectification period.</summary>
    public bool YellowCardOnReportWithoutActivity { get; set; } = true;
    public bool YellowCardOnMissingReport { get; set; } = true;
    public int RectificationDays { get; set; } = YellowCardSettings.DefaultRectificationDays;

    /// <summary>How often the reporting clock looks for reminders, yellow cards and missing years.</summary>
    public TimeSpan ClockInterval { get; set; } = TimeSpan.FromSeconds(30);

    public ReportingDeadline Deadline() => new(DueMonth, DueDay);

    public ReminderLadder Ladder() =>
        new(RemindDaysBefore.Count == 0 ? null : RemindDaysBefore, RemindDaysAfter.Count == 0 ? null : RemindDaysAfter);

    public YellowCardSettings YellowCards() => new(YellowCardOnReportWithoutActivity, YellowCardOnMissingReport, RectificationDays);
}
