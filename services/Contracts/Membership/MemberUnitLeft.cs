using MassTransit;

namespace AlliancePlatform.Contracts.Membership;

/// <summary>A member unit left an alliance (Art 8-7).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record MemberUnitLeft(
    Guid AllianceId,
    string AllianceName,
    MemberUnitInfo Unit,
    DateOnly LeftOn,
    string Reason,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.membership.member-unit-left.v1";
}
