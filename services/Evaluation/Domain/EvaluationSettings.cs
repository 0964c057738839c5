using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// The settings of an evaluation an administrator can change (domain.md §5 [policy default]): the grade thresholds,
/// from how many experts the highest and lowest totals are dropped, the public notice (never below 5 working days) and
/// the rectification period of a D grade.
/// </summary>
public sealed record EvaluationSettings
{
    public const int DefaultTrimFromExperts = 5;
    /// <summary>Dropping two totals from fewer than three would leave nothing to average.</summary>
    public const int MinimumTrimFromExperts = 3;
    public const int MinimumNoticeWorkingDays = 5;
    public const int DefaultRectificationDays = 90;
    public const int MaxRectificationDays = 730;

    public EvaluationSettings(
        GradeThresholds? thresholds = null,
        int trimFromExperts = DefaultTrimFromExperts,
        int noticeWorkingDays = MinimumNoticeWorkingDays,
        int rectificationDays = DefaultRectificationDays)
    {
        Require(trimFromExperts >= MinimumTrimFromExperts, GradingRules.TrimThresholdTooLow);
        Require(noticeWorkingDays >= MinimumNoticeWorkingDays, GradingRules.NoticeTooShort);
        Require(rectificationDays is >= 1 and <= MaxRectificationDays, GradingRules.RectificationDaysInvalid);
        Thresholds = thresholds ?? GradeThresholds.Default;
        TrimFromExperts = trimFromExperts;
        NoticeWorkingDays = noticeWorkingDays;
        RectificationDays = rectificationDays;
    }

    public static EvaluationSettings Default { get; } = new();

    public GradeThresholds Thresholds { get; }
    /// <summary>When at least this many experts scored an alliance, its highest and lowest expert totals are dropped.</summary>
    public int TrimFromExperts { get; }
    public int NoticeWorkingDays { get; }
    /// <summary>Calendar days a D-graded alliance has to rectify.</summary>
    public int RectificationDays { get; }
}
