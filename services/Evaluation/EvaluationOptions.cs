using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Evaluation;

/// <summary>How the evaluation service runs (configuration section <c>Evaluation</c>), e.g. <c>Evaluation__ClockInterval=00:00:05</c>.</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>How often the evaluation clock looks for closed self-assessment windows and closed notices.</summary>
    public TimeSpan ClockInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The lowest composite of an A (domain.md §5 [policy default] 86); B and C likewise.</summary>
    public decimal GradeA { get; set; } = GradeThresholds.DefaultA;
    public decimal GradeB { get; set; } = GradeThresholds.DefaultB;
    public decimal GradeC { get; set; } = GradeThresholds.DefaultC;

    /// <summary>From this many experts on, the highest and lowest expert totals are dropped (Art 22 [policy default] 5).</summary>
    public int TrimFromExperts { get; set; } = EvaluationSettings.DefaultTrimFromExperts;

    /// <summary>Working days the grades stay on public notice (Art 23: never below 5).</summary>
    public int NoticeWorkingDays { get; set; } = EvaluationSettings.MinimumNoticeWorkingDays;

    /// <summary>Calendar days a D-graded alliance has to rectify.</summary>
    public int RectificationDays { get; set; } = EvaluationSettings.DefaultRectificationDays;

    /// <summary>The settings as the domain takes them; throws the rule broken when they are not valid.</summary>
    public EvaluationSettings ToSettings() =>
        new(new GradeThresholds(GradeA, GradeB, GradeC), TrimFromExperts, NoticeWorkingDays, RectificationDays);

    /// <summary>Null when the settings are valid, else what is wrong (checked at start-up).</summary>
    public string? Problem()
    {
        try
        {
            ToSettings();
            return null;
        }
        catch (RuleViolationException e)
        {
            return $"Evaluation settings: {e.Violation.MessageEn}";
        }
    }
    /// <summary>The size limit of an uploaded self-assessment evidence file: 20 MiB [policy default] (domain §7).</summary>
    public long MaxAttachmentBytes { get; set; } = AttachmentPolicy.DefaultMaxBytes;

    /// <summary>What a self-assessment's evidence may be (Art 21; domain §7).</summary>
    public AttachmentPolicy Evidence() => new("Art 21", MaxAttachmentBytes);
}
