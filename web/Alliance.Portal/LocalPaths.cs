namespace AlliancePlatform.Portal;

internal static class LocalPaths
{
    /// <summary>Only a path on this site: a redirect must never go to an address an attacker chose.</summary>
    public static string OrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || url[1] is not '/' and not '\\') ? url : "/";
}
