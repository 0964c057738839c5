using MassTransit;

namespace AlliancePlatform.Contracts.Evaluation;

/// <summary>An alliance in an evaluation campaign did not self-assess within its window (Art 17-2, 21); Filing opens a revocation case.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AssessmentRefused(
    Guid CampaignId,
    int CampaignYear,
    Guid AllianceId,
    DateOnly WindowClosedOn,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.evaluation.assessment-refused.v1";
}
