namespace AlliancePlatform.Support.Domain;

/// <summary>
/// Who acts on an entitlement, an instrument or a financing offer, as the token says: subject, role (domain.md §1) and the
/// credit code of their unit. The aggregate checks the role or the unit; the HTTP layer checks the scope.
/// </summary>
public sealed record Actor(string Subject, string Role, string? Organization)
{
    public const string SystemRole = "system";

    /// <summary>The platform itself, acting on an event (a published grade, a revocation, a unit leaving).</summary>
    public static Actor System { get; } = new("system", SystemRole, null);
}
