using MassTransit;

namespace AlliancePlatform.Contracts.Membership;

/// <summary>A unit now counts as a member of an alliance: it signed the charter or an accession to it (Art 6-2, 8-7).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record MemberUnitJoined(
    Guid AllianceId,
    string AllianceName,
    MemberUnitInfo Unit,
    DateOnly JoinedOn,
    DateOnly MemberSince,
    int CharterVersion,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.membership.member-unit-joined.v1";
}
