using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>The department meeting approved the filing and its public notice began (Art 11-7); objections may be filed until it closes.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record PublicNoticeStarted(
    Guid NoticeId,
    Guid ApplicationId,
    Guid AllianceId,
    string AllianceName,
    DateOnly FirstDay,
    DateOnly LastDay,
    DateTimeOffset ClosesAt,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.public-notice-started.v1";
}
