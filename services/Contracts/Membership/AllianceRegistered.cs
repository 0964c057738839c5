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

    /// <summary>Unified social credit code of the unit that registered the alliance (added in v1, may be absent in older messages).</summary>
    public string? RegisteredByOrganization { get; init; }
}
