using MassTransit;

namespace AlliancePlatform.Contracts.Evaluation;

/// <summary>
/// An alliance's activity grade (活跃度评价等级, Art 23) was published at the end of a campaign's public notice; Filing shows
/// the latest one in the register.
/// </summary>
/// <param name="Grade">"A", "B", "C" or "D".</param>
/// <param name="CompositeScore">The composite of the expert totals, 0–100 with two decimals; null for a grade set without one.</param>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AllianceGradePublished(
    Guid AllianceId,
    Guid CampaignId,
    int CampaignYear,
    string Grade,
    decimal? CompositeScore,
    DateOnly PublishedOn,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.evaluation.alliance-grade-published.v1";
}
