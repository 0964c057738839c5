using System.Security.Claims;
using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Reporting.Features.Reports;

/// <summary>
/// Who may see and write an alliance's annual reports: the applicants of the units acting for it (chair and
/// secretary-general units), and the provincial officials who collect and check them. Not-yours is not-found.
/// </summary>
internal sealed class ReportAccess(IHttpContextAccessor http, ReportingDbContext db)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public Actor Actor() => new(User.Caller() ?? "", PlatformRoles.People.FirstOrDefault(User.IsInRole) ?? "", User.Organization());

    /// <summary>The alliance is known to Reporting (it was filed) and the caller may read what it reports.</summary>
    public async Task<bool> CanReachAsync(Guid allianceId, CancellationToken cancellationToken) =>
        await db.Alliances.AnyAsync(a => a.AllianceId == allianceId, cancellationToken) && await CanReadAsync(allianceId, cancellationToken);

    public async Task<bool> CanReadAsync(Guid allianceId, CancellationToken cancellationToken)
    {
        if (User.IsInRole(PlatformRoles.Secretariat) || User.IsInRole(PlatformRoles.AdminDivision) || User.IsInRole(PlatformRoles.BusinessDivision))
        {
            return true;
        }
        return User.IsInRole(PlatformRoles.Applicant) && User.Organization() is { Length: > 0 } organization
            && await db.Actors.AnyAsync(a => a.AllianceId == allianceId && a.ActingUnitCodes.Contains(organization), cancellationToken);
    }
}
