namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// Who acts on an application, as the token says: subject, role (domain.md §1) and the credit code of their unit.
/// The aggregate takes it as data; it checks the role, the HTTP layer checks the scope.
/// </summary>
public sealed record Actor(string Subject, string Role, string? Organization)
{
    public const string SystemRole = "system";

    /// <summary>The platform itself, acting on a timer (lapse, filing when the notice closes).</summary>
    public static Actor System { get; } = new("system", SystemRole, null);
}
