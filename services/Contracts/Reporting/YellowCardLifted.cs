using MassTransit;

namespace AlliancePlatform.Contracts.Reporting;

/// <summary>An alliance's yellow card was lifted by a later accepted report showing activity (Art 14).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record YellowCardLifted(
    Guid AllianceId,
    int ReportYear,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.reporting.yellow-card-lifted.v1";
}
