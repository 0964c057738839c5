using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>One indicator of the alliance's self-assessment: its score and evidence as typed, with its own key and refusal.</summary>
public sealed class SelfItemRow(PlanIndicator indicator, SelfAssessmentItem? item)
{
    public PlanIndicator Indicator { get; } = indicator;

    /// <summary>The accepted annual report's figure the platform filled in, shown as such (not a score).</summary>
    public decimal? ReportedValue { get; private set; } = item?.ReportedValue;

    public decimal? Saved { get; private set; } = item?.Score;
    public string? Value { get; set; } = item?.Score is { } score ? ScoreInput.Number(score) : null;

    /// <summary>The evidence files named by this item (ids of files uploaded to the self-assessment).</summary>
    public HashSet<Guid> Evidence { get; } = [.. item?.Evidence ?? []];

    public WriteKey Key { get; } = new();

    /// <summary>Set once saving was tried: the client check is shown from then on.</summary>
    public bool Attempted { get; set; }

    public ApiProblem? ServerProblem { get; set; }

    public string? Problem => ScoreInput.Problem(Value, Indicator.MaxScore);

    public object ToRequest() => new { score = ScoreInput.Parse(Value)!.Value, evidence = Evidence.ToArray() };

    public void WasSaved(SelfAssessmentItem? item)
    {
        Saved = item?.Score ?? ScoreInput.Parse(Value);
        ReportedValue = item?.ReportedValue ?? ReportedValue;
        ServerProblem = null;
        Attempted = false;
        Key.Renew();
    }

    /// <summary>The first score starts the self-assessment, which the platform pre-fills from the accepted annual report.</summary>
    public void WasPrefilled(SelfAssessmentItem? item) => ReportedValue = item?.ReportedValue ?? ReportedValue;
}
