using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>One indicator of the expert's own score sheet: what was typed, what the API holds, and its own key and refusal.</summary>
public sealed class ExpertScoreRow(Guid indicatorId, string code, string name, decimal maxScore, string guide, decimal? saved)
{
    public Guid IndicatorId { get; } = indicatorId;
    public string Code { get; } = code;
    public string Name { get; } = name;
    public decimal MaxScore { get; } = maxScore;
    public string Guide { get; } = guide;

    public decimal? Saved { get; private set; } = saved;
    public string? Value { get; set; } = ScoreInput.Number(saved) is { Length: > 0 } text ? text : null;

    /// <summary>One key per indicator: a retry of its PUT is done once; renewed after it was saved.</summary>
    public WriteKey Key { get; } = new();

    /// <summary>The API's refusal of this indicator's score, shown beside it.</summary>
    public ApiProblem? ServerProblem { get; set; }

    /// <summary>Typed and not what the API holds: sent by "save".</summary>
    public bool IsChanged => !string.IsNullOrWhiteSpace(Value) && (ScoreInput.Parse(Value) is not { } typed || typed != Saved);

    /// <summary>The client check, for a row about to be sent.</summary>
    public string? Problem => IsChanged ? ScoreInput.Problem(Value, MaxScore) : null;

    public object ToRequest() => new { score = ScoreInput.Parse(Value)!.Value };

    public void WasSaved(decimal? score)
    {
        Saved = score;
        Value = ScoreInput.Number(score);
        ServerProblem = null;
        Key.Renew();
    }
}
