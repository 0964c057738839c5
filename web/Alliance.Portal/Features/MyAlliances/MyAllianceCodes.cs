namespace AlliancePlatform.Portal.Features.MyAlliances;

/// <summary>The codes Membership accepts (snake_case in JSON); their names are texts <c>MyAllianceUnitType_{code}</c> and so on.</summary>
public static class MyAllianceCodes
{
    public static IReadOnlyList<string> UnitTypes { get; } =
        ["enterprise", "university", "research_institute", "service_org", "financial_institution", "other"];

    public static IReadOnlyList<string> CouncilPositions { get; } = ["chair", "vice_chair", "member"];

    /// <summary>The formation steps of Art 7, in the order they must be taken.</summary>
    public static IReadOnlyList<string> FormationSteps { get; } =
        ["initiated", "preparatory_committee", "founding_meeting", "expert_committee_formed", "secretariat_formed"];

    /// <summary>The required clauses of a charter (Art 6-2, 6-4, 6-5), as the API names them in the request (camelCase).</summary>
    public static IReadOnlyList<string> CharterClauses { get; } =
        ["taskDivision", "innovationGoals", "organisationForm", "achievementSharing", "intellectualProperty", "breachLiability", "fundManagement"];

    /// <summary>China's calendar day: what "today" means to a person in Heilongjiang.</summary>
    public static DateOnly Today => ProvinceTime.Today;
}
