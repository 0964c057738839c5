namespace AlliancePlatform.Evaluation.Domain;

/// <summary>An indicator as the admin division drafts it (Art 20); checked when the plan is defined.</summary>
/// <param name="Code">Short and unique within the plan, e.g. "A1".</param>
/// <param name="SourceField">
/// The accepted annual report's figure a quantitative indicator is pre-filled from, one of <see cref="ReportFigures.Names"/>
/// (e.g. "jointProjects"); null for a qualitative one.
/// </param>
public sealed record IndicatorDefinition(
    string Code,
    string Name,
    Dimension Dimension,
    decimal Weight,
    decimal MaxScore,
    string ScoringGuide,
    string? SourceField = null);
