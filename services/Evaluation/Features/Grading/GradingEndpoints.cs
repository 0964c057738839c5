using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Calendar;
using AlliancePlatform.Evaluation.Features.Campaigns;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Evaluation.Features.Grading;

/// <param name="Grade">"A", "B", "C" or "D".</param>
public sealed record AdjustGradeRequest([Required, MaxLength(2)] string Grade, [Required, MaxLength(4000)] string Reason);

/// <param name="MeetingReference">The meeting's title or minutes number, e.g. 2026年第9次厅务会.</param>
public sealed record MeetingDecisionRequest([Required] DateOnly? MeetingOn, [Required, MaxLength(EvaluationRules.NameMaxLength)] string MeetingReference);

/// <summary>
/// From the expert review to the grades' public notice (Art 22-23): the admin division closes the review (composites and
/// proposed grades), adjusts a grade with its reason, and records the department meeting's decision, which starts the
/// notice; the evaluation clock publishes the grades when the notice has closed.
/// </summary>
internal static class GradingEndpoints
{
    public static IEndpointRouteBuilder MapGradingApi(this IEndpointRouteBuilder app)
    {
        var campaign = app.MapGroup("/api/evaluation/campaigns/{campaignId:guid}").WithTags("Grades");
        campaign.MapPost("/expert-review/closure", CloseReviewAsync)
            .WithName("CloseExpertReview")
            .WithSummary("Close the expert review after its window: composites computed and grades proposed under the thresholds (Art 22-23)")
            .AsEvaluationChange("evaluation_campaign.close_expert_review", "evaluation_campaign", PlatformRoles.AdminDivision);
        campaign.MapPost("/alliances/{allianceId:guid}/grade-adjustment", AdjustAsync)
            .WithName("AdjustGrade")
            .WithSummary("Change an alliance's proposed grade before the department meeting, with the reason (Art 23)")
            .AsEvaluationChange("evaluation_campaign.adjust_grade", "evaluation_campaign", PlatformRoles.AdminDivision)
            .WithRequestExample(new AdjustGradeRequest("C", "年度报告显示联合攻关项目均未实施，经处务会研究调整为C级。"));
        campaign.MapPost("/meeting-decision", DecideAsync)
            .WithName("RecordGradeMeetingDecision")
            .WithSummary("Record the department meeting's decision on the grades; their public notice of at least 5 working days starts today (Art 22-23)")
            .AsEvaluationChange("evaluation_campaign.meeting_decision", "evaluation_campaign", PlatformRoles.AdminDivision)
            .WithRequestExample(new MeetingDecisionRequest(new DateOnly(2026, 6, 5), "2026年第9次厅务会"));
        return app;
    }

    private static Task<Results<Ok<CampaignResponse>, NotFound>> CloseReviewAsync(
        Guid campaignId, CampaignEditor editor, EvaluationDbContext db, IOptionsSnapshot<EvaluationOptions> options, CancellationToken cancellationToken) =>
        editor.ChangeCampaignAsync(campaignId, async (campaign, actor, now) =>
        {
            var reviews = await db.Reviews.AsNoTracking().AsSplitQuery().Where(r => r.CampaignId == campaignId).ToListAsync(cancellationToken);
            campaign.CloseExpertReview(actor, reviews, options.Value.ToSettings(), now);
        }, cancellationToken);

    private static Task<Results<Ok<CampaignResponse>, NotFound>> AdjustAsync(
        Guid campaignId, Guid allianceId, AdjustGradeRequest request, CampaignEditor editor, CancellationToken cancellationToken) =>
        editor.ChangeCampaignAsync(campaignId,
            (campaign, actor, now) => campaign.AdjustGrade(actor, allianceId, GradeNames.Parse(request.Grade), request.Reason, now), cancellationToken);

    private static Task<Results<Ok<CampaignResponse>, NotFound>> DecideAsync(
        Guid campaignId, MeetingDecisionRequest request, CampaignEditor editor, EvaluationCalendar calendar,
        IOptionsSnapshot<EvaluationOptions> options, CancellationToken cancellationToken) =>
        editor.ChangeCampaignAsync(campaignId, async (campaign, actor, now) =>
        {
            var workingDays = await calendar.LoadAsync(cancellationToken);
            campaign.ConfirmGrades(actor, new DepartmentMeetingDecision(request.MeetingOn!.Value, request.MeetingReference), now, workingDays, options.Value.ToSettings());
        }, cancellationToken);
}
