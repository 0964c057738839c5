using AlliancePlatform.Reporting.Domain;

namespace AlliancePlatform.Reporting;

/// <summary>The policy defaults of reporting (configuration section <c>Reporting</c>), e.g. <c>Reporting__DueMonth=1</c>.</summary>
public sealed class ReportingSettings
{
    public const string Section = "Reporting";

    /// <summary>The report on a year is due by this day of the following year: 31 January (Art 13).</summary>
    public int DueMonth { get; set; } = ReportingDeadline.DefaultMonth;
    public int DueDay { get; set; } = ReportingDeadline.DefaultDay;

    public ReportingDeadline Deadline() => new(DueMonth, DueDay);
}
