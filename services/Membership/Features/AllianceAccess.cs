using System.Security.Claims;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Membership.Features;

/// <summary>
/// The one place that decides whether a caller may see an alliance: reviewers may, an applicant only
/// its own. Not-yours is answered as not-found, so existence does not leak.
/// </summary>
internal static class AllianceAccess
{
    public static bool CanRead(ClaimsPrincipal user, Alliance alliance) =>
        PlatformRoles.Reviewers.Any(user.IsInRole)
        || (user.IsInRole(PlatformRoles.Applicant) && alliance.IsActingFor(user.Organization()));
}
