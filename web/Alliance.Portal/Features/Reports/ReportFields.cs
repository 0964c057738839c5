namespace AlliancePlatform.Portal.Features.Reports;

/// <summary>One figure of the annual report: its API name (camelCase), and whether it is a count or an amount in yuan.</summary>
public sealed record ReportField(string Name, bool IsAmount)
{
    /// <summary>The browser tests' name for the field's input, e.g. <c>report-joint-project-funding</c>.</summary>
    public string TestId => "report-" + string.Concat(Name.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The text key of the field's label.</summary>
    public string Label => "ReportField_" + Name;
}

/// <summary>The figures of an annual report in the order the form shows them (Reporting's <c>ReportContent</c>).</summary>
public static class ReportFields
{
    public static readonly IReadOnlyList<ReportField> All =
    [
        new("jointProjects", false),
        new("jointProjectFunding", true),
        new("meetings", false),
        new("exchanges", false),
        new("trainingSessions", false),
        new("achievementTransfers", false),
        new("transferContractValue", true),
        new("patentsLed", false),
        new("patentsJoined", false),
        new("standardsLed", false),
        new("standardsJoined", false),
        new("talentTrained", false),
        new("membersJoined", false),
        new("membersLeft", false),
        new("sharedInstruments", false),
        new("income", true),
        new("expenditure", true),
    ];
}
