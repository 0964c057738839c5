using System.Security.Claims;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Messaging;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Features.Applications;

/// <summary>
/// The one place that decides who may see and act on a filing application: the provincial reviewers all of them; a
/// recommender those of its city or industry (Art 11-2); an applicant those of an alliance its unit acts for; an
/// expert those whose panel they sit on. Not-yours is answered as not-found, so existence does not leak.
/// </summary>
internal sealed class ApplicationAccess(IHttpContextAccessor http, FilingDbContext db)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>Who the caller is to the aggregate. Experts are named by account, the name the admin division assigns them by.</summary>
    public Actor Actor()
    {
        var role = PlatformRoles.People.FirstOrDefault(User.IsInRole) ?? "";
        var subject = role == PlatformRoles.Expert ? User.AccountName() : User.Caller();
        return new Actor(subject ?? "", role, User.Organization());
    }

    public async Task<bool> CanReadAsync(FilingApplication application, CancellationToken cancellationToken)
    {
        if (User.IsInRole(PlatformRoles.Secretariat) || User.IsInRole(PlatformRoles.BusinessDivision) || User.IsInRole(PlatformRoles.AdminDivision))
        {
            return true;
        }
        if (User.IsInRole(PlatformRoles.Recommender))
        {
            return Covers(User, application.Region, application.IndustryField);
        }
        if (User.IsInRole(PlatformRoles.Expert))
        {
            return User.AccountName() is { } account && application.Panel.Any(p => p.IsOnPanel && p.Subject == account);
        }
        return User.IsInRole(PlatformRoles.Applicant) && await ActsForAsync(application.AllianceId, cancellationToken);
    }

    /// <summary>Whether the caller is an applicant of a unit that acts for the alliance (chair or secretary-general unit, else its registering unit).</summary>
    public async Task<bool> ActsForAsync(Guid allianceId, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(PlatformRoles.Applicant) || User.Organization() is not { Length: > 0 } organization)
        {
            return false;
        }
        var alliance = await AllianceAsync(allianceId, cancellationToken);
        return alliance is not null && alliance.ActingOrganizations.Contains(organization);
    }

    private AllianceProjection? _alliance;

    /// <summary>The alliance as this service knows it, read once per request however many checks need it.</summary>
    public async Task<AllianceProjection?> AllianceAsync(Guid allianceId, CancellationToken cancellationToken)
    {
        if (_alliance?.AllianceId != allianceId)
        {
            _alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.AllianceId == allianceId, cancellationToken);
        }
        return _alliance;
    }

    /// <summary>Filters a query of applications down to what the caller may see.</summary>
    public IQueryable<FilingApplication> Visible(IQueryable<FilingApplication> applications)
    {
        if (User.IsInRole(PlatformRoles.Secretariat) || User.IsInRole(PlatformRoles.BusinessDivision) || User.IsInRole(PlatformRoles.AdminDivision))
        {
            return applications;
        }
        if (User.IsInRole(PlatformRoles.Recommender))
        {
            var prefix = RegionPrefix(User.Region());
            var industry = User.Industry();
            return applications.Where(a => (prefix != null && a.Region.StartsWith(prefix)) || (industry != null && a.IndustryField == industry));
        }
        if (User.IsInRole(PlatformRoles.Expert))
        {
            var account = User.AccountName() ?? "";
            return applications.Where(a => a.Panel.Any(p => p.Subject == account && p.RemovedAt == null));
        }
        if (User.IsInRole(PlatformRoles.Applicant) && User.Organization() is { Length: > 0 } organization)
        {
            var mine = db.Alliances.Where(p =>
                    p.ActingUnitCodes.Length == 0 ? p.RegisteredByOrganization == organization : p.ActingUnitCodes.Contains(organization))
                .Select(p => p.AllianceId);
            return applications.Where(a => mine.Contains(a.AllianceId));
        }
        return applications.Where(_ => false);
    }

    public static bool Covers(ClaimsPrincipal user, string region, string industryField) =>
        (RegionPrefix(user.Region()) is { } prefix && region.StartsWith(prefix, StringComparison.Ordinal))
        || (user.Industry() is { Length: > 0 } industry && industry == industryField);

    /// <summary>A province code (230000) covers its cities, a city code (230100) its districts, a district only itself.</summary>
    private static string? RegionPrefix(string? region) => region switch
    {
        { Length: 6 } when region.EndsWith("0000", StringComparison.Ordinal) => region[..2],
        { Length: 6 } when region.EndsWith("00", StringComparison.Ordinal) => region[..4],
        { Length: 6 } => region,
        _ => null,
    };
}
