using MassTransit;

namespace AlliancePlatform.Contracts.Reporting;

/// <summary>
/// The secretariat accepted an alliance's annual report (Art 13), with the report's quantitative figures. An accepted
/// report is final: it is published once per alliance and year.
/// </summary>
/// <param name="Figures">
/// The report's figures by stable camelCase name (counts are whole numbers, amounts are yuan to the fen):
/// <c>jointProjects</c>, <c>jointProjectFunding</c>, <c>meetings</c>, <c>exchanges</c>, <c>trainingSessions</c>,
/// <c>activities</c> (meetings + exchanges + training sessions), <c>achievementTransfers</c>,
/// <c>transferContractValue</c>, <c>patentsLed</c>, <c>patentsJoined</c>, <c>standardsLed</c>, <c>standardsJoined</c>,
/// <c>talentTrained</c>, <c>membersJoined</c>, <c>membersLeft</c>, <c>sharedInstruments</c>, <c>income</c>,
/// <c>expenditure</c>. New names may be added; none is renamed or dropped in v1.
/// </param>
/// <param name="OccurredAt">When the report was accepted.</param>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AnnualReportAccepted(
    Guid ReportId,
    Guid AllianceId,
    int ReportYear,
    IReadOnlyDictionary<string, decimal> Figures,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.reporting.annual-report-accepted.v1";
}
