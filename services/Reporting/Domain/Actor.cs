namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// Who acts on a report or an achievement, as the token says: subject, role (domain.md §1) and the credit code of their
/// unit. The aggregate takes it as data; it checks the role, the HTTP layer checks that the unit belongs to the alliance.
/// </summary>
public sealed record Actor(string Subject, string Role, string? Organization)
{
    public const string SystemRole = "system";

    /// <summary>The platform itself, acting on a timer (reminders, yellow cards, the two-missing-years check).</summary>
    public static Actor System { get; } = new("system", SystemRole, null);
}
