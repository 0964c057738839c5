namespace AlliancePlatform.Evaluation;

/// <summary>How the evaluation service runs (configuration section <c>Evaluation</c>), e.g. <c>Evaluation__ClockInterval=00:00:05</c>.</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>How often the evaluation clock looks for closed self-assessment windows.</summary>
    public TimeSpan ClockInterval { get; set; } = TimeSpan.FromSeconds(30);
}
