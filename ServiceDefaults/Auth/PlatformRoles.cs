namespace AlliancePlatform.ServiceDefaults.Auth;

/// <summary>The roles of domain.md §1; a token's <c>role</c> claim holds one of them.</summary>
public static class PlatformRoles
{
    public const string Applicant = "applicant";
    public const string Recommender = "recommender";
    public const string Secretariat = "secretariat";
    public const string BusinessDivision = "business_division";
    public const string AdminDivision = "admin_division";
    public const string Expert = "expert";
    public const string Subscriber = "subscriber";
    public const string Ops = "ops";

    /// <summary>Roles held by people, who sign in; <see cref="Subscriber"/> is for machine clients.</summary>
    public static IReadOnlyList<string> People { get; } = [Applicant, Recommender, Secretariat, BusinessDivision, AdminDivision, Expert, Ops];

    /// <summary>The provincial and city officials who review filings (Art 11).</summary>
    public static IReadOnlyList<string> Reviewers { get; } = [Recommender, Secretariat, BusinessDivision, AdminDivision];
}
