using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Evaluation;

/// <summary>How the evaluation service runs (configuration section <c>Evaluation</c>), e.g. <c>Evaluation__ClockInterval=00:00:05</c>.</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>How often the evaluation clock looks for closed self-assessment windows.</summary>
    public TimeSpan ClockInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The size limit of an uploaded self-assessment evidence file: 20 MiB [policy default] (domain §7).</summary>
    public long MaxAttachmentBytes { get; set; } = AttachmentPolicy.DefaultMaxBytes;

    /// <summary>What a self-assessment's evidence may be (Art 21; domain §7).</summary>
    public AttachmentPolicy Evidence() => new("Art 21", MaxAttachmentBytes);
}
