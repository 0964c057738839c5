namespace AlliancePlatform.Membership.Domain;

/// <summary>The text of each required clause of a charter version; a clause without text is missing.</summary>
public sealed record CharterClauses
{
    public string? TaskDivision { get; init; }
    public string? InnovationGoals { get; init; }
    public string? OrganisationForm { get; init; }
    public string? AchievementSharing { get; init; }
    public string? IntellectualProperty { get; init; }
    public string? BreachLiability { get; init; }
    public string? FundManagement { get; init; }

    public string? TextOf(CharterClause clause) => clause switch
    {
        CharterClause.TaskDivision => TaskDivision,
        CharterClause.InnovationGoals => InnovationGoals,
        CharterClause.OrganisationForm => OrganisationForm,
        CharterClause.AchievementSharing => AchievementSharing,
        CharterClause.IntellectualProperty => IntellectualProperty,
        CharterClause.BreachLiability => BreachLiability,
        CharterClause.FundManagement => FundManagement,
        _ => throw new ArgumentOutOfRangeException(nameof(clause), clause, null),
    };

    public bool Has(CharterClause clause) => !string.IsNullOrWhiteSpace(TextOf(clause));

    public IReadOnlyList<CharterClause> Missing() => [.. Enum.GetValues<CharterClause>().Where(c => !Has(c))];
}
