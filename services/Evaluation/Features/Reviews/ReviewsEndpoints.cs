using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Campaigns;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.Reviews;

/// <param name="ExpertId">The expert's id on the expert roster (Filing's <c>/api/filing/experts</c>).</param>
/// <param name="AccountName">The expert's platform account (<c>preferred_username</c>), by which they sign in and score.</param>
/// <param name="UnitCreditCode">The credit code of the expert's unit; a member unit of the alliance is a conflict of interest.</param>
public sealed record AssignReviewExpertRequest(
    [Required] Guid? ExpertId,
    [Required, MaxLength(100)] string AccountName,
    [Required, MaxLength(EvaluationRules.NameMaxLength)] string Name,
    [Required, MaxLength(18)] string UnitCreditCode);

public sealed record ExpertScoreRequest(decimal Score);

public sealed record ExpertScoreResponse(Guid IndicatorId, string Code, decimal Score, DateTimeOffset RecordedAt);

/// <param name="Total">The sheet's weighted total over the plan (0 to 100; an unscored indicator counts 0).</param>
public sealed record ReviewSheetResponse(
    Guid ExpertId, string AccountName, string Name, string UnitCreditCode, DateTimeOffset AssignedAt, DateTimeOffset? SubmittedAt,
    decimal Total, IReadOnlyList<ExpertScoreResponse> Scores);

/// <param name="Sheets">The score sheets the caller may see: all for the admin division and the secretariat; an expert's own until the review closes.</param>
public sealed record ReviewResponse(
    Guid Id, Guid CampaignId, Guid AllianceId, DateTimeOffset CreatedAt, bool IsClosed, int ExpertsAssigned, IReadOnlyList<ReviewSheetResponse> Sheets)
{
    public static ReviewResponse For(ExpertReview review, EvaluationCampaign campaign, Actor actor)
    {
        var plan = campaign.Indicators.OrderBy(i => i.Order).ToList();
        return new(review.Id, review.CampaignId, review.AllianceId, review.CreatedAt, campaign.IsReviewClosed,
            review.Experts.Count(e => e.IsAssigned),
            [.. review.SheetsVisibleTo(actor, campaign).OrderBy(e => e.AssignedAt).ThenBy(e => e.Id).Select(e => new ReviewSheetResponse(
                e.ExpertId, e.Subject, e.Name, e.UnitCreditCode, e.AssignedAt, e.SubmittedAt, CompositeScore.Total(plan, e.ScoreOn),
                [.. plan.Where(i => e.ScoreOn(i.Id) is not null).Select(i => e.Scores.First(s => s.IndicatorId == i.Id))
                    .Select(s => new ExpertScoreResponse(s.IndicatorId, campaign.FindIndicator(s.IndicatorId)?.Code ?? "", s.Score, s.RecordedAt))]))]);
    }
}

/// <summary>
/// Expert review (专家评审, Art 22): the admin division opens it and assigns experts to each alliance (never one from a
/// member unit); each assigned expert scores every indicator and hands in the sheet. Until the review closes an expert
/// sees only their own sheet.
/// </summary>
internal static class ReviewsEndpoints
{
    private static readonly string[] ReviewReaders = [PlatformRoles.AdminDivision, PlatformRoles.Secretariat, PlatformRoles.Expert];

    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/evaluation/campaigns/{campaignId:guid}/expert-review", StartAsync)
            .WithTags("Expert review")
            .WithName("StartExpertReview")
            .WithSummary("Open the expert review once the self-assessment has closed, on or after the review's first day (Art 22)")
            .AsEvaluationChange("evaluation_campaign.start_expert_review", "evaluation_campaign", PlatformRoles.AdminDivision);

        var review = app.MapGroup("/api/evaluation/campaigns/{campaignId:guid}/alliances/{allianceId:guid}/review").WithTags("Expert review");
        review.MapGet("", GetAsync)
            .WithName("GetExpertReview")
            .WithSummary("The alliance's expert review with the score sheets the caller may see (an expert: their own until the review closes)")
            .RequireAuthorization(policy => policy.RequireRole(ReviewReaders))
            .ProducesProblem(StatusCodes.Status404NotFound);
        review.MapPost("/experts", AssignAsync)
            .WithName("AssignReviewExpert")
            .WithSummary("Assign an expert to the alliance's review; refused when the expert's unit is a member of the alliance (Art 22)")
            .AsEvaluationChange("expert_review.assign_expert", "expert_review", PlatformRoles.AdminDivision)
            .WithRequestExample(new AssignReviewExpertRequest(Guid.Parse("0195f3c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"), "expert-demo", "赵敏", "12230000MB0000003W"));
        review.MapPut("/scores/{indicatorId:guid}", ScoreAsync)
            .WithName("ScoreExpertReviewIndicator")
            .WithSummary("An assigned expert scores one indicator (0 to its maximum) while the review window is open; scoring again replaces it")
            .AsEvaluationChange("expert_review.score", "expert_review", PlatformRoles.Expert)
            .WithRequestExample(new ExpertScoreRequest(8.5m));
        review.MapPost("/submission", SubmitAsync)
            .WithName("SubmitExpertReviewScores")
            .WithSummary("An assigned expert hands in their sheet once every indicator is scored; it cannot change afterwards")
            .AsEvaluationChange("expert_review.submit", "expert_review", PlatformRoles.Expert);
        return app;
    }

    private static Task<Results<Ok<CampaignResponse>, NotFound>> StartAsync(Guid campaignId, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeCampaignAsync(campaignId, (campaign, actor, now) => campaign.StartExpertReview(actor, now), cancellationToken);

    private static async Task<Results<Ok<ReviewResponse>, NotFound>> GetAsync(
        Guid campaignId, Guid allianceId, EvaluationDbContext db, EvaluationAccess access, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(r => r.CampaignId == campaignId && r.AllianceId == allianceId, cancellationToken);
        if (review is null || !access.CanReadReview(review))
        {
            return TypedResults.NotFound();
        }
        var campaign = await db.Campaigns.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        return campaign is null ? TypedResults.NotFound() : TypedResults.Ok(ReviewResponse.For(review, campaign, access.Actor()));
    }

    private static Task<Results<Ok<ReviewResponse>, NotFound>> AssignAsync(
        Guid campaignId, Guid allianceId, AssignReviewExpertRequest request, CampaignEditor editor, EvaluationDbContext db, CancellationToken cancellationToken) =>
        editor.ChangeReviewAsync(campaignId, allianceId, startIfMissing: true, async (review, campaign, actor, now) =>
        {
            var members = await db.MemberUnits.AsNoTracking()
                .Where(m => m.AllianceId == allianceId && m.IsMember).Select(m => m.CreditCode).ToListAsync(cancellationToken);
            review.AssignExpert(actor, campaign, new ExpertCandidate(request.ExpertId!.Value, request.AccountName, request.Name, request.UnitCreditCode), members, now);
        }, cancellationToken);

    private static Task<Results<Ok<ReviewResponse>, NotFound>> ScoreAsync(
        Guid campaignId, Guid allianceId, Guid indicatorId, ExpertScoreRequest request, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeReviewAsync(campaignId, allianceId, startIfMissing: false, (review, campaign, actor, now) =>
        {
            review.Score(actor, campaign, indicatorId, request.Score, now);
            return Task.CompletedTask;
        }, cancellationToken);

    private static Task<Results<Ok<ReviewResponse>, NotFound>> SubmitAsync(
        Guid campaignId, Guid allianceId, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeReviewAsync(campaignId, allianceId, startIfMissing: false, (review, campaign, actor, now) =>
        {
            review.SubmitScores(actor, campaign, now);
            return Task.CompletedTask;
        }, cancellationToken);
}
