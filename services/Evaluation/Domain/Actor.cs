namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// Who acts on a campaign, a self-assessment or a review, as the token says: subject, role (domain.md §1) and the credit
/// code of their unit. The aggregate checks the role (and, for experts, the assignment); the HTTP layer checks the scope.
/// </summary>
public sealed record Actor(string Subject, string Role, string? Organization)
{
    public const string SystemRole = "system";

    /// <summary>The platform itself, acting on a timer (refusals when the self-assessment window closes, publication).</summary>
    public static Actor System { get; } = new("system", SystemRole, null);
}
