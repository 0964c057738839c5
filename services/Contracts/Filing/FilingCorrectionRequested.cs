using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>The secretariat asked the applicant to correct the application (Art 11-3); it lapses if not resubmitted before the deadline.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record FilingCorrectionRequested(
    Guid ApplicationId,
    Guid AllianceId,
    string Reason,
    DateOnly DueOn,
    DateTimeOffset ClosesAt,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.filing-correction-requested.v1";
}
