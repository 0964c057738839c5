using System.ComponentModel;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Features.Talent;

/// <summary>
/// The talent list (Art 26): the units a grade made candidates for the technology-manager training and the other
/// achievement-transfer talent programmes, per campaign, for the provincial officials, on screen and as an Excel workbook.
/// </summary>
internal static class TalentEndpoints
{
    public static readonly string[] Readers = [PlatformRoles.AdminDivision, PlatformRoles.Secretariat, PlatformRoles.BusinessDivision];

    public static IEndpointRouteBuilder MapTalentApi(this IEndpointRouteBuilder app)
    {
        var talent = app.MapGroup("/api/support/talent")
            .WithTags("Support talent list")
            .RequireAuthorization(policy => policy.RequireRole(Readers));
        talent.MapGet("/technology-manager-candidates", ListAsync)
            .WithName("ListTechnologyManagerCandidates")
            .WithSummary("The technology-manager training candidates (Art 26), of one campaign or all, latest campaign first");
        talent.MapGet("/technology-manager-candidates.xlsx", WorkbookAsync)
            .WithName("ExportTechnologyManagerCandidates")
            .WithSummary("The same list as an Excel workbook, headed in Chinese")
            .Produces(StatusCodes.Status200OK, contentType: XlsxWorkbook.ContentType);
        talent.MapGet("/technology-manager-candidates/campaigns", CampaignsAsync)
            .WithName("ListTechnologyManagerCandidateCampaigns")
            .WithSummary("The campaigns whose grades made candidates, with how many, latest first");
        return app;
    }

    private static async Task<Ok<Page<CandidateResponse>>> ListAsync(
        [Description("Only this campaign's candidates")] Guid? campaignId,
        [AsParameters] PageRequest page,
        SupportDbContext db,
        CancellationToken cancellationToken)
    {
        var read = await page.ReadAsync(Candidates(db, campaignId), e => e, cancellationToken);
        var named = await NamedAsync(db, read.Items, cancellationToken);
        return TypedResults.Ok(new Page<CandidateResponse>(named, read.PageNumber, read.PageSize, read.TotalCount));
    }

    private static async Task<FileContentHttpResult> WorkbookAsync(
        [Description("Only this campaign's candidates")] Guid? campaignId, SupportDbContext db, CancellationToken cancellationToken)
    {
        var all = await Candidates(db, campaignId).ToListAsync(cancellationToken);
        var named = await NamedAsync(db, all, cancellationToken);
        var bytes = await XlsxWorkbook.SaveAsync([CandidateWorkbook.Sheet(named)], cancellationToken);
        return TypedResults.File(bytes, XlsxWorkbook.ContentType, CandidateWorkbook.FileName(named));
    }

    private static async Task<Ok<List<CandidateCampaignResponse>>> CampaignsAsync(SupportDbContext db, CancellationToken cancellationToken)
    {
        var campaigns = await db.Entitlements.AsNoTracking()
            .Where(e => e.Kind == EntitlementKind.TechnologyManagerTraining)
            .GroupBy(e => new { e.CampaignId, e.CampaignYear })
            .Select(g => new CandidateCampaignResponse(g.Key.CampaignId, g.Key.CampaignYear, g.Count()))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(campaigns.OrderByDescending(c => c.CampaignYear).ThenBy(c => c.CampaignId).ToList());
    }

    private static IQueryable<Entitlement> Candidates(SupportDbContext db, Guid? campaignId)
    {
        var query = db.Entitlements.AsNoTracking().Where(e => e.Kind == EntitlementKind.TechnologyManagerTraining);
        if (campaignId is { } campaign)
        {
            query = query.Where(e => e.CampaignId == campaign);
        }
        return query.OrderByDescending(e => e.CampaignYear).ThenBy(e => e.CampaignId).ThenBy(e => e.AllianceId).ThenBy(e => e.UnitCreditCode).ThenBy(e => e.Id);
    }

    /// <summary>The alliances' names and the units' names as Membership last announced them; a unit never announced is named by its code.</summary>
    private static async Task<List<CandidateResponse>> NamedAsync(SupportDbContext db, IReadOnlyList<Entitlement> candidates, CancellationToken cancellationToken)
    {
        var allianceIds = candidates.Select(e => e.AllianceId).Distinct().ToList();
        var codes = candidates.Select(e => e.UnitCreditCode ?? "").Distinct().ToList();
        var alliances = await db.Alliances.AsNoTracking().Where(a => allianceIds.Contains(a.AllianceId))
            .ToDictionaryAsync(a => a.AllianceId, a => a.Name, cancellationToken);
        var units = await db.MemberUnits.AsNoTracking().Where(m => allianceIds.Contains(m.AllianceId) && codes.Contains(m.CreditCode))
            .ToDictionaryAsync(m => (m.AllianceId, m.CreditCode), m => m.Name, cancellationToken);
        return
        [
            .. candidates.Select(e =>
            {
                var code = e.UnitCreditCode ?? "";
                var unitName = units.GetValueOrDefault((e.AllianceId, code));
                return CandidateResponse.For(e, alliances.GetValueOrDefault(e.AllianceId, ""), string.IsNullOrWhiteSpace(unitName) ? code : unitName);
            }),
        ];
    }
}

/// <summary>A unit on the talent list: which campaign's grade of which alliance made it a candidate, and where that stands.</summary>
/// <param name="UnitName">As Membership named the unit; its credit code when Support never heard the name.</param>
/// <param name="Status">current, pending, declined, withdrawn or superseded.</param>
/// <param name="EndReasonZh">Why it ended, in Chinese; empty while it lasts.</param>
public sealed record CandidateResponse(
    Guid EntitlementId,
    Guid CampaignId,
    int CampaignYear,
    Guid AllianceId,
    string AllianceName,
    string UnitCreditCode,
    string UnitName,
    EntitlementHolder Holder,
    string Grade,
    int RuleSetVersion,
    DateTimeOffset? GrantedAt,
    CandidacyStatus Status,
    string StatusNameZh,
    WithdrawalReason? WithdrawalReason,
    string EndReasonZh,
    DateTimeOffset? EndedAt,
    string Article)
{
    public static CandidateResponse For(Entitlement e, string allianceName, string unitName)
    {
        ArgumentNullException.ThrowIfNull(e);
        var status = TechnologyManagerCandidacy.StatusOf(e);
        return new(e.Id, e.CampaignId, e.CampaignYear, e.AllianceId, allianceName, e.UnitCreditCode ?? "", unitName, e.Holder, e.Grade.ToString(),
            e.RuleSetVersion, e.GrantedAt, status, status.NameZh(), e.WithdrawalReason, TechnologyManagerCandidacy.EndReasonZh(e), e.EndedAt, e.Article);
    }
}

public sealed record CandidateCampaignResponse(Guid CampaignId, int CampaignYear, int CandidateCount);
