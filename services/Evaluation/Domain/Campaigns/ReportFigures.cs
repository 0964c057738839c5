namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// The figures of an accepted annual report (Art 13) that a quantitative indicator may name as its source field
/// (定量指标, Art 19-20): the names Reporting publishes them under in <c>AnnualReportAccepted</c> (docs/events.md).
/// </summary>
public static class ReportFigures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "jointProjects",
        "jointProjectFunding",
        "meetings",
        "exchanges",
        "trainingSessions",
        "activities",
        "achievementTransfers",
        "transferContractValue",
        "patentsLed",
        "patentsJoined",
        "standardsLed",
        "standardsJoined",
        "talentTrained",
        "membersJoined",
        "membersLeft",
        "sharedInstruments",
        "income",
        "expenditure",
    ];

    public static bool IsKnown(string field) => Names.Contains(field, StringComparer.Ordinal);
}

/// <summary>One figure of an alliance's accepted annual report on <paramref name="ReportYear"/>.</summary>
public sealed record ReportedFigure(int ReportYear, string Field, decimal Value);
