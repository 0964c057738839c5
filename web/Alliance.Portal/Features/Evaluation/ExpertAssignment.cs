namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>One indicator of the campaign's plan, as the expert scores it: 0 to <paramref name="MaxScore"/>.</summary>
/// <param name="Dimension">organisation_building, activities or innovation_impact.</param>
public sealed record AssignmentIndicator(Guid Id, int Order, string Code, string Name, string Dimension, decimal MaxScore, string ScoringGuide);

/// <summary>
/// An alliance the expert is assigned to score in a campaign (<c>GET /api/evaluation/assignments</c>), with where their
/// own sheet stands and the plan they score it on.
/// </summary>
/// <param name="CanScore">The review is under way, its window open now, and the expert has not handed in.</param>
public sealed record ExpertAssignment(
    Guid CampaignId, int Year, string CampaignTitle, string Status, string StatusName, DateOnly ReviewOpensOn, DateOnly ReviewClosesOn,
    bool IsReviewClosed, Guid AllianceId, string AllianceName, DateTimeOffset AssignedAt, bool HasSubmitted, DateTimeOffset? SubmittedAt, bool CanScore,
    IReadOnlyList<AssignmentIndicator> Indicators);
