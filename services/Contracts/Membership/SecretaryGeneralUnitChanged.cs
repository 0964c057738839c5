using MassTransit;

namespace AlliancePlatform.Contracts.Membership;

/// <summary>An alliance has a new secretary-general unit (秘书长单位, Art 7-5).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record SecretaryGeneralUnitChanged(
    Guid AllianceId,
    string AllianceName,
    MemberUnitInfo Unit,
    Guid? PreviousUnitId,
    DateOnly ChangedOn,
    string? Reason,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.membership.secretary-general-unit-changed.v1";
}
