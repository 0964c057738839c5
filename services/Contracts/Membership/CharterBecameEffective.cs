using MassTransit;

namespace AlliancePlatform.Contracts.Membership;

/// <summary>A charter version was signed by the legal representative of every member unit and is now in force (Art 6-2).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record CharterBecameEffective(
    Guid AllianceId,
    string AllianceName,
    int Version,
    DateOnly EffectiveOn,
    int? SupersededVersion,
    IReadOnlyList<MemberUnitInfo> SignedBy,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.membership.charter-became-effective.v1";
}
