using MassTransit;

namespace AlliancePlatform.Contracts.Membership;

/// <summary>Membership checked an alliance against the formation conditions of Art 6 and the name rule of Art 7-2 after a change; the latest assessment is the one that counts.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AllianceEligibilityAssessed(
    Guid AllianceId,
    string AllianceName,
    bool Eligible,
    IReadOnlyList<EligibilityFinding> Checks,
    DateTimeOffset AssessedAt)
{
    public const string EventName = "alliance.membership.alliance-eligibility-assessed.v1";
}
