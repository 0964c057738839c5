using MassTransit;

namespace AlliancePlatform.Contracts.Membership;

/// <summary>An alliance was renamed (Art 7-2) or moved to another industry field (Art 5-2).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AllianceProfileChanged(
    Guid AllianceId,
    string Name,
    string IndustryField,
    string PreviousName,
    string PreviousIndustryField,
    DateTimeOffset ChangedAt)
{
    public const string EventName = "alliance.membership.alliance-profile-changed.v1";
}
