using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.Campaigns;

public sealed record CreateCampaignRequest(int Year, [Required, MaxLength(EvaluationRules.NameMaxLength)] string Title, [Required] WindowsRequest Windows);

/// <param name="AllianceIds">The alliances to evaluate, each filed and not revoked now.</param>
public sealed record ScopeRequest([Required, MinLength(1), MaxLength(10_000)] IReadOnlyList<Guid> AllianceIds);

public sealed record PlanRequest([Required, MaxLength(CampaignRules.MaxIndicators)] IReadOnlyList<IndicatorDefinition> Indicators);

/// <summary>
/// Evaluation campaigns (活跃度评价, Art 19-21): the admin division starts one over the alliances filed now, sets its
/// plan and sends the notice that freezes it; the secretariat opens the self-assessment.
/// </summary>
internal static class CampaignsEndpoints
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/evaluation/campaigns").WithTags("Evaluation campaigns");
        campaigns.MapPost("", CreateAsync)
            .WithName("CreateEvaluationCampaign")
            .WithSummary("Start a campaign over the alliances filed and not revoked now (Art 19)")
            .AsEvaluationChange("evaluation_campaign.create", "evaluation_campaign", PlatformRoles.AdminDivision)
            .WithRequestExample(new CreateCampaignRequest(2026, "2026年度产业技术创新联盟活跃度评价",
                new WindowsRequest(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 30))));
        campaigns.MapGet("", ListAsync)
            .WithName("ListEvaluationCampaigns")
            .WithSummary("The campaigns, newest first: all for the provincial officials, those with an own alliance in scope for an applicant")
            .RequireAuthorization(policy => policy.RequireRole(EvaluationAccess.Readers));
        campaigns.MapGet("/{campaignId:guid}", GetAsync)
            .WithName("GetEvaluationCampaign")
            .WithSummary("The campaign with its plan, windows and the alliances in scope the caller may see")
            .RequireAuthorization(policy => policy.RequireRole(EvaluationAccess.Readers))
            .ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPut("/{campaignId:guid}/scope", ChooseScopeAsync)
            .WithName("ChooseEvaluationScope")
            .WithSummary("Narrow a draft campaign to the listed alliances, each filed and not revoked now (Art 19)")
            .AsEvaluationChange("evaluation_campaign.scope", "evaluation_campaign", PlatformRoles.AdminDivision)
            .WithRequestExample(new ScopeRequest([Guid.Parse("0195f3c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f")]));
        campaigns.MapPut("/{campaignId:guid}/plan", DefinePlanAsync)
            .WithName("DefineEvaluationPlan")
            .WithSummary("Set or replace the whole evaluation plan: indicators in three dimensions whose weights sum to 100 (Art 20)")
            .AsEvaluationChange("evaluation_campaign.plan", "evaluation_campaign", PlatformRoles.AdminDivision)
            .WithRequestExample(new PlanRequest(
            [
                new IndicatorDefinition("ORG-1", "组织机构健全", Dimension.OrganisationBuilding, 30m, 10m, "理事会、秘书处健全并正常运行。"),
                new IndicatorDefinition("ACT-1", "联合攻关项目", Dimension.Activities, 40m, 10m, "年度联合攻关项目数量与经费。", "jointProjects"),
                new IndicatorDefinition("IMP-1", "成果转化", Dimension.InnovationImpact, 30m, 10m, "成果转化合同金额。", "transferContractValue"),
            ]));
        campaigns.MapPost("/{campaignId:guid}/opening", OpenAsync)
            .WithName("OpenEvaluationCampaign")
            .WithSummary("Send the evaluation notice: the plan is frozen from now on (Art 21)")
            .AsEvaluationChange("evaluation_campaign.open", "evaluation_campaign", PlatformRoles.AdminDivision);
        campaigns.MapPost("/{campaignId:guid}/self-assessment", StartSelfAssessmentAsync)
            .WithName("StartSelfAssessment")
            .WithSummary("Open the alliances' self-assessment, on or after its first day (Art 21)")
            .AsEvaluationChange("evaluation_campaign.start_self_assessment", "evaluation_campaign", PlatformRoles.Secretariat);
        return app;
    }

    public static RouteHandlerBuilder AsEvaluationChange(this RouteHandlerBuilder endpoint, string action, string objectType, string role) =>
        endpoint
            .RequireAuthorization(policy => policy.RequireRole(role))
            .WithIdempotency<EvaluationDbContext, RouteHandlerBuilder>()
            .Audited(action, objectType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Created<CampaignResponse>> CreateAsync(
        CreateCampaignRequest request, EvaluationDbContext db, EvaluationAccess access, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var campaign = EvaluationCampaign.Create(access.Actor(), request.Year, request.Title, request.Windows.ToWindows(),
            await FiledNowAsync(db, cancellationToken), clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        audit.Succeeded(campaign.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/evaluation/campaigns/{campaign.Id}", CampaignResponse.For(campaign, _ => true, official: true));
    }

    private static async Task<Ok<IReadOnlyList<CampaignSummary>>> ListAsync(EvaluationDbContext db, EvaluationAccess access, CancellationToken cancellationToken)
    {
        var query = db.Campaigns.AsNoTracking().IgnoreAutoIncludes();
        if (!access.IsOfficial)
        {
            var own = await access.OwnAlliancesAsync(cancellationToken);
            query = query.Where(c => c.Alliances.Any(a => own.Contains(a.AllianceId)));
        }
        IReadOnlyList<CampaignSummary> list = await query
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.CreatedAt)
            .Take(100)
            .Select(c => new CampaignSummary(c.Id, c.Year, c.Title, c.Status, c.Alliances.Count))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<CampaignResponse>, NotFound>> GetAsync(
        Guid campaignId, EvaluationDbContext db, EvaluationAccess access, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null || !await access.CanReadAsync(campaign, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var own = access.IsOfficial ? null : await access.OwnAlliancesAsync(cancellationToken);
        return TypedResults.Ok(CampaignResponse.For(campaign, id => own is null || own.Contains(id), access.IsOfficial));
    }

    private static Task<Results<Ok<CampaignResponse>, NotFound>> ChooseScopeAsync(
        Guid campaignId, ScopeRequest request, CampaignEditor editor, EvaluationDbContext db, CancellationToken cancellationToken) =>
        editor.ChangeCampaignAsync(campaignId, async (campaign, actor, now) =>
            campaign.ChooseScope(actor, await FiledNowAsync(db, cancellationToken), request.AllianceIds, now), cancellationToken);

    /// <summary>The alliances a campaign may evaluate: filed and not revoked, as Filing's events said (Art 19).</summary>
    private static async Task<IReadOnlyCollection<AllianceInScope>> FiledNowAsync(EvaluationDbContext db, CancellationToken cancellationToken)
    {
        var filed = await db.FiledAlliances.AsNoTracking()
            .Where(a => a.FiledOn != null && a.RevokedOn == null)
            .OrderBy(a => a.AllianceId)
            .ToListAsync(cancellationToken);
        return [.. filed.Select(a => a.InScope())];
    }

    private static Task<Results<Ok<CampaignResponse>, NotFound>> DefinePlanAsync(
        Guid campaignId, PlanRequest request, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeCampaignAsync(campaignId, (campaign, actor, now) => campaign.DefinePlan(actor, request.Indicators, now), cancellationToken);

    private static Task<Results<Ok<CampaignResponse>, NotFound>> OpenAsync(Guid campaignId, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeCampaignAsync(campaignId, (campaign, actor, now) => campaign.Open(actor, now), cancellationToken);

    private static Task<Results<Ok<CampaignResponse>, NotFound>> StartSelfAssessmentAsync(
        Guid campaignId, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeCampaignAsync(campaignId, (campaign, actor, now) => campaign.StartSelfAssessment(actor, now), cancellationToken);
}
