using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>The admin division revoked an alliance's filing (Art 17): it leaves the register and loses every support entitlement; it may file again only as a new application.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AllianceFilingRevoked(
    Guid AllianceId,
    Guid CaseId,
    string FilingNumber,
    string Cause,
    string Reason,
    DateOnly RevokedOn,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.alliance-filing-revoked.v1";
}
