using static AlliancePlatform.Reporting.Domain.RuleChecks;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// When yellow cards are issued (Art 14, domain.md §4 [policy default]), settings an administrator can change: on an
/// accepted report without activity, on a missing report, and how many calendar days the alliance has to rectify.
/// </summary>
public sealed record YellowCardSettings
{
    public const int DefaultRectificationDays = 90;
    public const int MaxRectificationDays = 730;

    public YellowCardSettings(bool onReportWithoutActivity = true, bool onMissingReport = true, int rectificationDays = DefaultRectificationDays)
    {
        Require(rectificationDays is >= 1 and <= MaxRectificationDays, YellowCardRules.RectificationDaysInvalid);
        OnReportWithoutActivity = onReportWithoutActivity;
        OnMissingReport = onMissingReport;
        RectificationDays = rectificationDays;
    }

    public static YellowCardSettings Default { get; } = new();

    public bool OnReportWithoutActivity { get; }
    public bool OnMissingReport { get; }
    public int RectificationDays { get; }
}
