using System.Globalization;

namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>One indicator of the plan as typed.</summary>
public sealed class IndicatorDraft
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string Dimension { get; set; } = "organisation_building";
    public string? Weight { get; set; }
    public string? MaxScore { get; set; }
    public string? Guide { get; set; }
    public string? SourceField { get; set; }

    public static IndicatorDraft From(PlanIndicator indicator) => new()
    {
        Code = indicator.Code, Name = indicator.Name, Dimension = indicator.Dimension, Weight = ScoreInput.Number(indicator.Weight),
        MaxScore = ScoreInput.Number(indicator.MaxScore), Guide = indicator.ScoringGuide, SourceField = indicator.SourceField,
    };

    /// <summary>Code (at most 20), name and guide given; weight above 0; maximum above 0 and at most 1000 (Art 20).</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(Code) && Code.Trim().Length <= 20 && !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Guide)
        && ScoreInput.Parse(Weight) is > 0m && ScoreInput.Parse(MaxScore) is > 0m and <= 1000m;

    public object ToRequest() => new
    {
        code = Code!.Trim(), name = Name!.Trim(), dimension = Dimension, weight = ScoreInput.Parse(Weight)!.Value,
        maxScore = ScoreInput.Parse(MaxScore)!.Value, scoringGuide = Guide!.Trim(),
        sourceField = string.IsNullOrWhiteSpace(SourceField) ? null : SourceField.Trim(),
    };
}

/// <summary>The evaluation plan (Art 20): indicators in the three dimensions whose weights sum to exactly 100.</summary>
public sealed class PlanForm
{
    public static readonly string[] Dimensions = ["organisation_building", "activities", "innovation_impact"];

    public List<IndicatorDraft> Indicators { get; } = [];
    public WriteKey Key { get; } = new();
    public bool Attempted { get; set; }

    public static PlanForm For(Campaign campaign)
    {
        var form = new PlanForm();
        form.Indicators.AddRange(campaign.Indicators.Count > 0
            ? campaign.Indicators.OrderBy(i => i.Order).Select(IndicatorDraft.From)
            : Dimensions.Select(d => new IndicatorDraft { Dimension = d }));
        return form;
    }

    public decimal WeightSum => Indicators.Sum(i => ScoreInput.Parse(i.Weight) ?? 0m);

    /// <summary>The text key of what is wrong with the plan as a whole (with <see cref="WeightSum"/> as its argument), or null.</summary>
    public string? Problem =>
        Indicators.Count == 0 || Indicators.Any(i => !i.IsComplete) ? "EvaluationIndicatorIncomplete"
        : Dimensions.Any(d => Indicators.All(i => i.Dimension != d)) ? "EvaluationDimensionMissing"
        : WeightSum != 100m ? "EvaluationWeightsNot100"
        : null;

    public object ToRequest() => new { indicators = Indicators.Select(i => i.ToRequest()).ToArray() };

    public string WeightSumText => WeightSum.ToString("0.##", CultureInfo.InvariantCulture);
}
