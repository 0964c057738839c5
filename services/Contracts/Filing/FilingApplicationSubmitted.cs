using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>An alliance submitted its filing application (Art 10, 11-1); it now waits for the recommender of its region or industry (Art 11-2).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record FilingApplicationSubmitted(
    Guid ApplicationId,
    Guid AllianceId,
    string AllianceName,
    string Region,
    string IndustryField,
    bool Resubmission,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.filing-application-submitted.v1";
}
