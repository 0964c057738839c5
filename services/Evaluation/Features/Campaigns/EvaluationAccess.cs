using System.Security.Claims;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.Campaigns;

/// <summary>
/// Who may see what of a campaign: the provincial officials everything; an applicant only the alliances its unit acts
/// for (chair or secretary-general unit, from Membership's and Filing's events) and the campaigns they are in.
/// Not-yours is not-found.
/// </summary>
internal sealed class EvaluationAccess(IHttpContextAccessor http, EvaluationDbContext db)
{
    public static readonly string[] Officials = [PlatformRoles.Secretariat, PlatformRoles.AdminDivision, PlatformRoles.BusinessDivision];
    public static readonly string[] Readers = [PlatformRoles.Applicant, .. Officials];

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public Actor Actor() => new(User.Caller() ?? "", PlatformRoles.People.FirstOrDefault(User.IsInRole) ?? "", User.Organization());

    public bool IsOfficial => Officials.Any(User.IsInRole);

    /// <summary>The alliances the caller's unit acts for (none for officials, who see every alliance anyway).</summary>
    public async Task<IReadOnlyList<Guid>> OwnAlliancesAsync(CancellationToken cancellationToken) =>
        User.IsInRole(PlatformRoles.Applicant) && User.Organization() is { Length: > 0 } organization
            ? await db.FiledAlliances.Where(a => a.ActingUnitCodes.Contains(organization)).Select(a => a.AllianceId).ToListAsync(cancellationToken)
            : [];

    public async Task<bool> CanReadAsync(EvaluationCampaign campaign, CancellationToken cancellationToken)
    {
        if (IsOfficial)
        {
            return true;
        }
        var own = await OwnAlliancesAsync(cancellationToken);
        return campaign.Alliances.Any(a => own.Contains(a.AllianceId));
    }

    public async Task<bool> CanReadAsync(Guid allianceId, CancellationToken cancellationToken) =>
        IsOfficial || (await OwnAlliancesAsync(cancellationToken)).Contains(allianceId);
}
