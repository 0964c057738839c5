using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>Someone objected to an alliance during its public notice (Art 11-7); the objector's contact details stay in the filing service.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record ObjectionFiled(
    Guid ObjectionId,
    Guid NoticeId,
    Guid ApplicationId,
    Guid AllianceId,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.objection-filed.v1";
}
