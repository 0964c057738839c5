namespace AlliancePlatform.Portal.Features.Account;

/// <summary>Claim types as Identity issues them (not mapped to the long XML names).</summary>
public static class PortalClaims
{
    public const string Name = "name";
    public const string Role = "role";
    public const string UserName = "preferred_username";
    public const string Organization = "org";
    /// <summary>The key of the session's ticket in <see cref="ServerSessions"/>.</summary>
    public const string Session = "portal_session";
}
