using AlliancePlatform.Evaluation.Domain;

namespace AlliancePlatform.Evaluation.Features.Assignments;

/// <summary>One indicator of the campaign's plan as the expert scores it: 0 to <paramref name="MaxScore"/>, by the guide.</summary>
public sealed record AssignmentIndicatorResponse(Guid Id, int Order, string Code, string Name, Dimension Dimension, decimal MaxScore, string ScoringGuide)
{
    public static AssignmentIndicatorResponse For(Indicator i) => new(i.Id, i.Order, i.Code, i.Name, i.Dimension, i.MaxScore, i.ScoringGuide);
}

/// <summary>
/// An alliance the caller is assigned to review in a campaign (Art 22), with the plan they score it on. Only the
/// caller's own sheet is described (when it was handed in); never another expert's scores, nor any grade.
/// </summary>
/// <param name="IsReviewClosed">The campaign has moved past the expert review; no more scores.</param>
/// <param name="CanScore">The review is under way, its window open now, and the caller has not handed in.</param>
public sealed record ExpertAssignmentResponse(
    Guid CampaignId, int Year, string CampaignTitle, CampaignStatus Status, string StatusName, DateOnly ReviewOpensOn, DateOnly ReviewClosesOn,
    bool IsReviewClosed, Guid AllianceId, string AllianceName, DateTimeOffset AssignedAt, bool HasSubmitted, DateTimeOffset? SubmittedAt, bool CanScore,
    IReadOnlyList<AssignmentIndicatorResponse> Indicators);
