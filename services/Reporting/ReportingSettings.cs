using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.ServiceDefaults.Files;

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

    /// <summary>The size limit of an uploaded report attachment or evidence file: 20 MiB [policy default] (domain §7).</summary>
    public long MaxAttachmentBytes { get; set; } = AttachmentPolicy.DefaultMaxBytes;

    /// <summary>What an annual report's attachment may be (Art 13; domain §7).</summary>
    public AttachmentPolicy ReportAttachments() => new("Art 13", MaxAttachmentBytes);

    /// <summary>What an achievement's evidence may be (Art 4-3; domain §7).</summary>
    public AttachmentPolicy Evidence() => new("Art 4-3", MaxAttachmentBytes);

    public ReportingDeadline Deadline() => new(DueMonth, DueDay);

    public ReminderLadder Ladder() =>
        new(RemindDaysBefore.Count == 0 ? null : RemindDaysBefore, RemindDaysAfter.Count == 0 ? null : RemindDaysAfter);

    public YellowCardSettings YellowCards() => new(YellowCardOnReportWithoutActivity, YellowCardOnMissingReport, RectificationDays);
}
