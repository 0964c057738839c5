namespace AlliancePlatform.Membership.Domain;

/// <summary>The clauses a charter (章程/协议) must contain (Art 6-2, 6-4, 6-5).</summary>
public enum CharterClause
{
    TaskDivision,
    InnovationGoals,
    OrganisationForm,
    AchievementSharing,
    IntellectualProperty,
    BreachLiability,
    FundManagement,
}
