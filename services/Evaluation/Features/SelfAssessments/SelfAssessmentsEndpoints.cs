using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Campaigns;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Files;
using AlliancePlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.SelfAssessments;

public sealed record ScoreRequest(decimal Score, [MaxLength(SelfAssessmentRules.MaxEvidencePerIndicator)] IReadOnlyList<Guid>? Evidence);

public sealed record ReturnSelfAssessmentRequest([Required, MaxLength(4000)] string Reason);

public sealed record SelfAssessmentItemResponse(Guid IndicatorId, string Code, decimal? ReportedValue, decimal? Score, IReadOnlyList<Guid> Evidence, DateTimeOffset? ScoredAt);

/// <param name="Files">The evidence uploaded, for the secretariat to check completeness; items name them by id.</param>
public sealed record SelfAssessmentResponse(
    Guid Id, Guid CampaignId, Guid AllianceId, SelfAssessmentStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt,
    DateTimeOffset? CheckedAt, string? ReturnReason, IReadOnlyList<SelfAssessmentItemResponse> Items, IReadOnlyList<string> MissingIndicators,
    IReadOnlyList<FileResponse> Files)
{
    public static SelfAssessmentResponse For(SelfAssessment a, EvaluationCampaign campaign)
    {
        var codes = campaign.Indicators.ToDictionary(i => i.Id, i => (i.Code, i.Order));
        return new(a.Id, a.CampaignId, a.AllianceId, a.Status, a.CreatedAt, a.SubmittedAt, a.CheckedAt, a.ReturnReason,
            [.. a.Items.OrderBy(i => codes.GetValueOrDefault(i.IndicatorId).Order)
                .Select(i => new SelfAssessmentItemResponse(i.IndicatorId, codes.GetValueOrDefault(i.IndicatorId).Code ?? "", i.ReportedValue, i.Score, i.Evidence, i.ScoredAt))],
            [.. a.MissingIndicators(campaign).Select(i => i.Code)],
            [.. a.Files.Select(ToResponse)]);
    }

    public static FileResponse ToResponse(SelfAssessmentFile f) => new(f.Id, f.FileName, f.ContentType, f.SizeBytes, f.Sha256, f.UploadedAt);
}

/// <summary>
/// Self-assessment (自评, Art 21): the units acting for an alliance score each indicator and submit within the window;
/// the secretariat accepts the submission or returns it. Not submitting in time counts as refusing assessment. The
/// evidence is uploaded first (<see cref="SelfAssessmentEvidenceEndpoints"/>) and named by the items' scores.
/// </summary>
internal static class SelfAssessmentsEndpoints
{
    public static IEndpointRouteBuilder MapSelfAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var assessment = app.MapGroup("/api/evaluation/campaigns/{campaignId:guid}/alliances/{allianceId:guid}/self-assessment").WithTags("Self-assessment");
        assessment.MapGet("", GetAsync)
            .WithName("GetSelfAssessment")
            .WithSummary("The alliance's self-assessment in the campaign, with the evidence uploaded (also to the experts assigned to review the alliance)")
            .RequireAuthorization(policy => policy.RequireRole(EvaluationAccess.SelfAssessmentReaders))
            .ProducesProblem(StatusCodes.Status404NotFound);
        assessment.MapPut("/items/{indicatorId:guid}", ScoreAsync)
            .WithName("ScoreSelfAssessmentIndicator")
            .WithSummary("Score one indicator (0 to its maximum) with its evidence, named by the ids of files uploaded to this self-assessment; the first score starts it")
            .AsEvaluationChange("self_assessment.score", "self_assessment", PlatformRoles.Applicant)
            .WithRequestExample(new ScoreRequest(8.5m, [Guid.Parse("0195f3c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f")]));
        assessment.MapPost("/submission", SubmitAsync)
            .WithName("SubmitSelfAssessment")
            .WithSummary("Submit the self-assessment once every indicator is scored, before the window closes")
            .AsEvaluationChange("self_assessment.submit", "self_assessment", PlatformRoles.Applicant);
        assessment.MapPost("/acceptance", AcceptAsync)
            .WithName("AcceptSelfAssessment")
            .WithSummary("Accept the submitted self-assessment as complete")
            .AsEvaluationChange("self_assessment.accept", "self_assessment", PlatformRoles.Secretariat);
        assessment.MapPost("/return", ReturnAsync)
            .WithName("ReturnSelfAssessment")
            .WithSummary("Send the submitted self-assessment back for correction, saying why, while the window is open")
            .AsEvaluationChange("self_assessment.return", "self_assessment", PlatformRoles.Secretariat)
            .WithRequestExample(new ReturnSelfAssessmentRequest("请补充联合攻关项目的证明材料。"));
        assessment.MapSelfAssessmentEvidence();
        return app;
    }

    private static async Task<Results<Ok<SelfAssessmentResponse>, NotFound>> GetAsync(
        Guid campaignId, Guid allianceId, EvaluationDbContext db, EvaluationAccess access, CancellationToken cancellationToken)
    {
        if (!await access.CanReadSelfAssessmentAsync(campaignId, allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var campaign = await db.Campaigns.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        var assessment = await db.SelfAssessments.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.CampaignId == campaignId && a.AllianceId == allianceId, cancellationToken);
        return campaign is null || assessment is null ? TypedResults.NotFound() : TypedResults.Ok(SelfAssessmentResponse.For(assessment, campaign));
    }

    private static Task<Results<Ok<SelfAssessmentResponse>, NotFound>> ScoreAsync(
        Guid campaignId, Guid allianceId, Guid indicatorId, ScoreRequest request, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeSelfAssessmentAsync(campaignId, allianceId, startIfMissing: true,
            (assessment, campaign, actor, now) => assessment.Score(actor, campaign, indicatorId, request.Score, request.Evidence ?? [], now), cancellationToken);

    private static Task<Results<Ok<SelfAssessmentResponse>, NotFound>> SubmitAsync(
        Guid campaignId, Guid allianceId, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeSelfAssessmentAsync(campaignId, allianceId, startIfMissing: false,
            (assessment, campaign, actor, now) => assessment.Submit(actor, campaign, now), cancellationToken);

    private static Task<Results<Ok<SelfAssessmentResponse>, NotFound>> AcceptAsync(
        Guid campaignId, Guid allianceId, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeSelfAssessmentAsync(campaignId, allianceId, startIfMissing: false,
            (assessment, campaign, actor, now) => assessment.Accept(actor, campaign, now), cancellationToken);

    private static Task<Results<Ok<SelfAssessmentResponse>, NotFound>> ReturnAsync(
        Guid campaignId, Guid allianceId, ReturnSelfAssessmentRequest request, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeSelfAssessmentAsync(campaignId, allianceId, startIfMissing: false,
            (assessment, campaign, actor, now) => assessment.Return(actor, campaign, request.Reason, now), cancellationToken);
}
