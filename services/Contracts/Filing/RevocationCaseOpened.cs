using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>A case to revoke an alliance's filing was opened (Art 17), by the admin division or on another service's event.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record RevocationCaseOpened(
    Guid CaseId,
    Guid AllianceId,
    string Cause,
    string Source,
    string Grounds,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.revocation-case-opened.v1";
}
