using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.Support.Domain;

namespace AlliancePlatform.Support.Features;

internal static class CallerActor
{
    /// <summary>The signed-in person as the domain sees them: subject, first person role, unit credit code.</summary>
    public static Actor AsActor(this ClaimsPrincipal user)
    {
        var role = PlatformRoles.People.FirstOrDefault(user.IsInRole) ?? "";
        return new(user.Caller() ?? "", role, user.Organization());
    }
}
