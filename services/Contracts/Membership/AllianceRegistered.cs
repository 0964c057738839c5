using MassTransit;

namespace AlliancePlatform.Contracts.Membership;

/// <summary>An alliance was registered on the platform (Art 7: it has been initiated).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AllianceRegistered(
    Guid AllianceId,
    string Name,
    string IndustryField,
    DateTimeOffset RegisteredAt)
{
    public const string EventName = "alliance.membership.alliance-registered.v1";
}
