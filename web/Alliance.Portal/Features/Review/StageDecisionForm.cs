namespace AlliancePlatform.Portal.Features.Review;

/// <summary>
/// What one review stage takes (Art 11-2 to 11-4): its endpoint, the decisions as the API names them, which of them need a
/// reason, and which asks for correction items.
/// </summary>
public sealed record StageDecisionSpec(string Path, IReadOnlyList<string> Decisions, IReadOnlySet<string> ReasonRequiredFor, string? ItemsDecision)
{
    public static readonly StageDecisionSpec Recommendation = new("recommendation", ["recommend", "return"], new HashSet<string> { "return" }, null);

    public static readonly StageDecisionSpec FormalReview = new(
        "formal-review", ["pass", "request_correction", "reject"], new HashSet<string> { "request_correction", "reject" }, "request_correction");

    public static readonly StageDecisionSpec BusinessReview = new("business-review", ["pass", "reject"], new HashSet<string> { "reject" }, null);
}

/// <summary>A reviewer's decision on the open stage: a decision, a reason when the decision needs one, correction items one a line.</summary>
public sealed class StageDecisionForm(StageDecisionSpec spec) : ReviewForm
{
    public const int ItemsMax = 50;

    public StageDecisionSpec Spec { get; } = spec;

    public string? Decision { get; set; }
    public string? Reason { get; set; }
    /// <summary>Correction items, one a line.</summary>
    public string? Items { get; set; }

    public bool ReasonRequired => Decision is not null && Spec.ReasonRequiredFor.Contains(Decision);
    public bool TakesItems => Decision is not null && Decision == Spec.ItemsDecision;

    public IReadOnlyList<string> ItemList =>
        [.. (Items ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    public string? DecisionProblem => Decision is null || !Spec.Decisions.Contains(Decision) ? "ReviewDecisionRequired" : null;
    public string? ReasonProblem => TextProblem(Reason, TextMaxLength, ReasonRequired);
    public string? ItemsProblem =>
        !TakesItems ? null
        : ItemList.Count > ItemsMax ? "ReviewItemsTooMany"
        : ItemList.Any(item => item.Length > TextMaxLength) ? "FieldTooLong"
        : null;

    public override bool IsValid => DecisionProblem is null && ReasonProblem is null && ItemsProblem is null;

    protected override IReadOnlyCollection<string> Fields => ["decision", "reason", "items"];

    public object ToRequest() => TakesItems
        ? new { decision = Decision, reason = Trimmed(Reason), items = ItemList }
        : new { decision = Decision, reason = Trimmed(Reason) };
}
