using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>A review stage of a filing application was closed with a decision (Art 11-2 to 11-6).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record FilingStageCompleted(
    Guid ApplicationId,
    Guid AllianceId,
    string Stage,
    string Decision,
    string? Reason,
    string DecidedByRole,
    string Status,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.filing-stage-completed.v1";
}
