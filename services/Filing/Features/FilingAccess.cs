using System.Security.Claims;
using AlliancePlatform.Filing.Messaging;
using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Filing.Features;

/// <summary>
/// The one place that decides whether a caller may see an alliance's filing data: reviewers may, an
/// applicant only for an alliance its unit acts for. Not-yours is answered as not-found, so existence does not leak.
/// </summary>
internal static class FilingAccess
{
    public static bool CanRead(ClaimsPrincipal user, AllianceProjection alliance) =>
        user.IsInRole(PlatformRoles.Secretariat) || user.IsInRole(PlatformRoles.BusinessDivision) || user.IsInRole(PlatformRoles.AdminDivision)
        || (user.IsInRole(PlatformRoles.Recommender) && Applications.ApplicationAccess.Covers(user, alliance.Region, alliance.IndustryField))
        || (user.IsInRole(PlatformRoles.Applicant)
            && user.Organization() is { Length: > 0 } organization
            && alliance.ActingOrganizations.Contains(organization));
}
