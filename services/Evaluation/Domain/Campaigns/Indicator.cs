namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// One indicator of the evaluation plan (Art 20). Scores run from 0 to <see cref="MaxScore"/>; an indicator counts
/// <see cref="Weight"/> points of the 100 a total is out of, so a score s adds Weight × s / MaxScore.
/// </summary>
public sealed class Indicator
{
    private Indicator()
    {
    }

    public Guid Id { get; private init; }
    /// <summary>Position in the plan, from 1.</summary>
    public int Order { get; private init; }
    public string Code { get; private init; } = "";
    public string Name { get; private init; } = "";
    public Dimension Dimension { get; private init; }
    public decimal Weight { get; private init; }
    public decimal MaxScore { get; private init; }
    public string ScoringGuide { get; private init; } = "";
    public string? SourceField { get; private init; }

    /// <summary>Pre-filled from the accepted annual report (定量指标).</summary>
    public bool IsQuantitative => SourceField is not null;

    internal static Indicator Define(IndicatorDefinition definition, int order, string code, string name, string guide, string? sourceField, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Order = order,
        Code = code,
        Name = name,
        Dimension = definition.Dimension,
        Weight = definition.Weight,
        MaxScore = definition.MaxScore,
        ScoringGuide = guide,
        SourceField = sourceField,
    };
}
