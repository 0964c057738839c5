using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Membership.Features.Units;

/// <summary>
/// Units are shared by alliances, so every applicant may find one by name or credit code; its legal
/// representative and contact are personal data, shown only to reviewers and to those who maintain it.
/// </summary>
internal sealed class UnitAccess(IHttpContextAccessor http)
{
    public bool CanSeeDetails(MemberUnit unit)
    {
        var user = http.HttpContext?.User;
        return user is not null && (PlatformRoles.Reviewers.Any(user.IsInRole) || CanMaintain(unit));
    }

    public bool CanMaintain(MemberUnit unit)
    {
        var user = http.HttpContext?.User;
        return user is not null && user.IsInRole(PlatformRoles.Applicant) && unit.IsMaintainedBy(user.Organization());
    }
}
