using System.Security.Claims;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Membership.Features;

/// <summary>
/// The one place that decides whether a caller may see or change an alliance: reviewers read every one; an
/// applicant reads and edits only an alliance its unit acts for (<see cref="Alliance.IsActingFor"/>).
/// Not-yours is answered as not-found, so existence does not leak.
/// </summary>
internal sealed class AllianceAccess(MembershipDbContext db, IHttpContextAccessor http)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();
    private Guid? _callerUnitId;
    private bool _callerUnitKnown;

    public bool IsReviewer => PlatformRoles.Reviewers.Any(User.IsInRole);

    public async Task<bool> CanReadAsync(Alliance alliance, CancellationToken cancellationToken) =>
        IsReviewer || await CanEditAsync(alliance, cancellationToken);

    public async Task<bool> CanEditAsync(Alliance alliance, CancellationToken cancellationToken) =>
        User.IsInRole(PlatformRoles.Applicant) && alliance.IsActingFor(User.Organization(), await CallerUnitIdAsync(cancellationToken));

    /// <summary>The alliances the caller may see, as a query to filter and page further.</summary>
    public async Task<IQueryable<Alliance>> ReadableAsync(CancellationToken cancellationToken)
    {
        var alliances = db.Alliances.AsNoTracking().IgnoreAutoIncludes();
        if (IsReviewer)
        {
            return alliances;
        }
        if (!User.IsInRole(PlatformRoles.Applicant) || User.Organization() is not { Length: > 0 } organization)
        {
            return alliances.Where(_ => false);
        }
        var unit = await CallerUnitIdAsync(cancellationToken);
        return alliances.Where(a =>
            (a.ChairUnitId == null && a.SecretaryGeneralUnitId == null && a.RegisteredByOrganization == organization)
            || (unit != null && (a.ChairUnitId == unit || a.SecretaryGeneralUnitId == unit)));
    }

    private async Task<Guid?> CallerUnitIdAsync(CancellationToken cancellationToken)
    {
        if (!_callerUnitKnown)
        {
            var organization = User.Organization();
            _callerUnitId = string.IsNullOrEmpty(organization) || !UnifiedSocialCreditCode.TryParse(organization, out var code)
                ? null
                : await db.MemberUnits.Where(u => u.CreditCode == code).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
            _callerUnitKnown = true;
        }
        return _callerUnitId;
    }
}
