using MassTransit;

namespace AlliancePlatform.Contracts.Membership;

/// <summary>An alliance has a new chair unit (理事长单位, Art 7-3); the applicant of this unit now acts for the alliance.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record ChairUnitChanged(
    Guid AllianceId,
    string AllianceName,
    MemberUnitInfo Unit,
    Guid? PreviousUnitId,
    DateOnly ChangedOn,
    string? Reason,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.membership.chair-unit-changed.v1";
}
