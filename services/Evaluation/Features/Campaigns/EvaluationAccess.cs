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
    /// <summary>Who may read a self-assessment and its evidence; an expert only where assigned (<see cref="CanReadSelfAssessmentAsync"/>).</summary>
    public static readonly string[] SelfAssessmentReaders = [.. Readers, PlatformRoles.Expert];

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>The caller as the domain sees them; an expert by their account name (<c>preferred_username</c>), by which the admin division assigns them.</summary>
    public Actor Actor()
    {
        var role = PlatformRoles.People.FirstOrDefault(User.IsInRole) ?? "";
        var subject = role == PlatformRoles.Expert ? User.AccountName() : User.Caller();
        return new(subject ?? "", role, User.Organization());
    }

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

    /// <summary>An expert review: the officials see every one; an expert only one they are assigned to.</summary>
    public bool CanReadReview(ExpertReview review)
    {
        if (IsOfficial)
        {
            return true;
        }
        var actor = Actor();
        return actor.Role == PlatformRoles.Expert && actor.Subject.Length > 0 && review.Experts.Any(e => e.IsAssigned && e.Subject == actor.Subject);
    }

    public async Task<bool> CanReadAsync(Guid allianceId, CancellationToken cancellationToken) =>
        IsOfficial || (await OwnAlliancesAsync(cancellationToken)).Contains(allianceId);

    /// <summary>
    /// A self-assessment and its evidence: whoever sees the alliance (its acting units, the officials), and the experts
    /// assigned to review that alliance in that campaign (Art 22).
    /// </summary>
    public async Task<bool> CanReadSelfAssessmentAsync(Guid campaignId, Guid allianceId, CancellationToken cancellationToken)
    {
        if (await CanReadAsync(allianceId, cancellationToken))
        {
            return true;
        }
        var review = User.IsInRole(PlatformRoles.Expert)
            ? await db.Reviews.AsNoTracking().IgnoreAutoIncludes().Include(r => r.Experts)
                .SingleOrDefaultAsync(r => r.CampaignId == campaignId && r.AllianceId == allianceId, cancellationToken)
            : null;
        return review is not null && CanReadReview(review);
    }
}
