using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.Support.Domain;

namespace AlliancePlatform.Support.Features;

internal static class SupportActors
{
    /// <summary>The signed-in person as the domain sees them: subject, role and unit.</summary>
    public static Actor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var role = PlatformRoles.People.FirstOrDefault(user.IsInRole) ?? "";
        return new(user.Caller() ?? "", role, user.Organization());
    }
}
