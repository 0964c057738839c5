using MassTransit;

namespace AlliancePlatform.Contracts.Reporting;

/// <summary>An alliance has not submitted its annual report for two consecutive years (Art 17-2); Filing opens a revocation case.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AnnualReportsMissingTwoYears(
    Guid AllianceId,
    int FirstMissingYear,
    int SecondMissingYear,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.reporting.annual-reports-missing-two-years.v1";
}
