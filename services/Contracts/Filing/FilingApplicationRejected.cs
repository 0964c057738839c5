using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>A filing application ended without filing: rejected at a review stage, by the department meeting, by an upheld objection, lapsed or withdrawn.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record FilingApplicationRejected(
    Guid ApplicationId,
    Guid AllianceId,
    string Outcome,
    string AtStage,
    string? Reason,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.filing-application-rejected.v1";
}
