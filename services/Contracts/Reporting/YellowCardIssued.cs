using MassTransit;

namespace AlliancePlatform.Contracts.Reporting;

/// <summary>An alliance was yellow-carded (Art 14): no activity in an accepted report, or a missing report; it must rectify by the date given.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record YellowCardIssued(
    Guid AllianceId,
    int ReportYear,
    string Reason,
    DateOnly RectifyBy,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.reporting.yellow-card-issued.v1";
}
