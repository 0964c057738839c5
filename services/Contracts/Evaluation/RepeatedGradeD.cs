using MassTransit;

namespace AlliancePlatform.Contracts.Evaluation;

/// <summary>An alliance was graded D in two consecutive evaluation campaigns (Art 23); Filing opens a revocation case.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record RepeatedGradeD(
    Guid AllianceId,
    Guid CampaignId,
    Guid PreviousCampaignId,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.evaluation.repeated-grade-d.v1";
}
