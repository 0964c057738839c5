using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Features.Applications;
using AlliancePlatform.Filing.Features.Calendar;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Filing.Features.Review;

public enum RecommendationDecision { Recommend, Return }

public enum FormalReviewDecision { Pass, RequestCorrection, Reject }

public enum BusinessReviewDecision { Pass, Reject }

public sealed record RecommendationRequest([Required] RecommendationDecision? Decision, [MaxLength(FilingApplicationRules.TextMaxLength)] string? Reason);

/// <param name="Items">What is to be corrected, one item each (Art 11-3).</param>
public sealed record FormalReviewRequest(
    [Required] FormalReviewDecision? Decision, [MaxLength(FilingApplicationRules.TextMaxLength)] string? Reason, [MaxLength(50)] IReadOnlyList<string>? Items);

public sealed record BusinessReviewRequest([Required] BusinessReviewDecision? Decision, [MaxLength(FilingApplicationRules.TextMaxLength)] string? Reason);

public sealed record MeetingDecisionRequest(
    DateOnly MeetingOn, [Required, MaxLength(100)] string MeetingReference, bool Approved, [MaxLength(FilingApplicationRules.TextMaxLength)] string? Reason);

/// <summary>The review stages of Art 11-2 to 11-6, each by its own role, from the right state only.</summary>
internal static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReview(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/recommendation", RecommendAsync)
            .WithName("RecommendApplication")
            .WithSummary("Preliminary review by the city or industry department: recommend to the province, or return (Art 11-2)")
            .AsApplicationChange("filing_application.recommendation", PlatformRoles.Recommender)
            .WithRequestExample(new RecommendationRequest(RecommendationDecision.Recommend, "材料齐全，同意推荐。"));
        applications.MapPost("/{id:guid}/formal-review", FormalReviewAsync)
            .WithName("FormalReview")
            .WithSummary("Formal review by the provincial secretariat: pass, request a correction within a deadline, or reject (Art 11-3)")
            .AsApplicationChange("filing_application.formal_review", PlatformRoles.Secretariat)
            .WithRequestExample(new FormalReviewRequest(FormalReviewDecision.RequestCorrection, "章程签署页不全。", ["补充全体成员单位法定代表人签署页"]));
        applications.MapPost("/{id:guid}/business-review", BusinessReviewAsync)
            .WithName("BusinessReview")
            .WithSummary("Business review of necessity and innovation capability: pass or reject (Art 11-4)")
            .AsApplicationChange("filing_application.business_review", PlatformRoles.BusinessDivision)
            .WithRequestExample(new BusinessReviewRequest(BusinessReviewDecision.Pass, "组建必要，创新能力较强。"));
        applications.MapPost("/{id:guid}/decision", DecideAsync)
            .WithName("RecordMeetingDecision")
            .WithSummary("The department meeting's decision on the filing opinion; approval starts the public notice (Art 11-6, 11-7)")
            .AsApplicationChange("filing_application.decision", PlatformRoles.AdminDivision)
            .WithRequestExample(new MeetingDecisionRequest(new DateOnly(2026, 11, 20), "厅党组会议纪要〔2026〕15号", true, "同意备案。"));
        return applications;
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> RecommendAsync(
        Guid id, RecommendationRequest request, ApplicationEditor editor, CalendarSource calendar, IOptionsSnapshot<FilingSettings> settings,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var workingDays = await calendar.LoadAsync(cancellationToken);
        return await editor.ApplyAsync(id, application =>
        {
            if (request.Decision == RecommendationDecision.Recommend)
            {
                application.Recommend(editor.Actor, request.Reason, clock.GetUtcNow(), workingDays, settings.Value.Deadlines());
            }
            else
            {
                application.ReturnToApplicant(editor.Actor, request.Reason, clock.GetUtcNow());
            }
        }, cancellationToken);
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> FormalReviewAsync(
        Guid id, FormalReviewRequest request, ApplicationEditor editor, CalendarSource calendar, IOptionsSnapshot<FilingSettings> settings,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var workingDays = await calendar.LoadAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await editor.ApplyAsync(id, application =>
        {
            switch (request.Decision!.Value)
            {
                case FormalReviewDecision.Pass:
                    application.PassFormalReview(editor.Actor, request.Reason, now, workingDays, settings.Value.Deadlines());
                    break;
                case FormalReviewDecision.RequestCorrection:
                    application.RequestCorrection(editor.Actor, request.Reason, request.Items, now, workingDays, settings.Value.Deadlines());
                    break;
                case FormalReviewDecision.Reject:
                    application.RejectAtFormalReview(editor.Actor, request.Reason, now);
                    break;
            }
        }, cancellationToken);
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> BusinessReviewAsync(
        Guid id, BusinessReviewRequest request, ApplicationEditor editor, CalendarSource calendar, IOptionsSnapshot<FilingSettings> settings,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var workingDays = await calendar.LoadAsync(cancellationToken);
        return await editor.ApplyAsync(id, application =>
        {
            if (request.Decision == BusinessReviewDecision.Pass)
            {
                application.PassBusinessReview(editor.Actor, request.Reason, clock.GetUtcNow(), workingDays, settings.Value.Deadlines());
            }
            else
            {
                application.RejectAtBusinessReview(editor.Actor, request.Reason, clock.GetUtcNow());
            }
        }, cancellationToken);
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> DecideAsync(
        Guid id, MeetingDecisionRequest request, ApplicationEditor editor, CalendarSource calendar, IOptionsSnapshot<FilingSettings> settings,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var workingDays = await calendar.LoadAsync(cancellationToken);
        return await editor.ApplyAsync(id, application => application.Decide(
            editor.Actor, new DepartmentMeetingDecision(request.MeetingOn, request.MeetingReference, request.Approved, request.Reason ?? ""),
            clock.GetUtcNow(), workingDays, settings.Value.Deadlines()), cancellationToken);
    }
}
