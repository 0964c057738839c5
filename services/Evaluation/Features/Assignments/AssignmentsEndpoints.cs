using System.ComponentModel;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Campaigns;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.Assignments;

public sealed record AssignmentFilter(
    [property: Description("true: only reviews not yet closed; false: only closed ones")] bool? Open,
    [property: Description("Only the assignments in this campaign")] Guid? CampaignId);

/// <summary>
/// An expert's own assignments (Art 22): the alliances the admin division assigned them to review, in every campaign,
/// with each campaign's plan, so the scoring form knows the indicators and their maxima. The expert is the caller's
/// account name, as the review endpoints identify them (<see cref="EvaluationAccess.Actor"/>).
/// </summary>
internal static class AssignmentsEndpoints
{
    private static readonly CampaignStatus[] ReviewClosed = [.. Enum.GetValues<CampaignStatus>().Where(s => s > CampaignStatus.ExpertReview)];

    public static IEndpointRouteBuilder MapAssignmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/evaluation/assignments", ListAsync)
            .WithTags("Expert review")
            .WithName("ListExpertAssignments")
            .WithSummary("The caller's review assignments, newest campaign first, each with the campaign's plan (indicators, maxima, guides); experts only")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Expert));
        return app;
    }

    private sealed record Row(
        Guid CampaignId, int Year, string Title, CampaignStatus Status, CampaignWindows Windows, Guid AllianceId, string AllianceName,
        DateTimeOffset AssignedAt, DateTimeOffset? SubmittedAt);

    private static async Task<Ok<Page<ExpertAssignmentResponse>>> ListAsync(
        [AsParameters] AssignmentFilter filter, [AsParameters] PageRequest page, EvaluationDbContext db, EvaluationAccess access, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var account = access.Actor().Subject;
        var assignments =
            from expert in db.Set<ReviewExpert>().AsNoTracking().IgnoreAutoIncludes()
            join review in db.Reviews.AsNoTracking().IgnoreAutoIncludes() on EF.Property<Guid>(expert, "ExpertReviewId") equals review.Id
            join campaign in db.Campaigns.AsNoTracking().IgnoreAutoIncludes() on review.CampaignId equals campaign.Id
            join alliance in db.Set<CampaignAlliance>().AsNoTracking()
                on new { CampaignId = campaign.Id, review.AllianceId } equals new { CampaignId = EF.Property<Guid>(alliance, "CampaignId"), alliance.AllianceId }
            where account != "" && expert.Subject == account && expert.RemovedAt == null
            select new { expert, review, campaign, alliance };
        if (filter.CampaignId is { } campaignId)
        {
            assignments = assignments.Where(a => a.campaign.Id == campaignId);
        }
        if (filter.Open is { } open)
        {
            assignments = open
                ? assignments.Where(a => !ReviewClosed.Contains(a.campaign.Status))
                : assignments.Where(a => ReviewClosed.Contains(a.campaign.Status));
        }
        var rows = await page.ReadAsync(
            assignments
                .OrderByDescending(a => a.campaign.Year).ThenByDescending(a => a.campaign.CreatedAt).ThenBy(a => a.alliance.Name).ThenBy(a => a.review.Id)
                .Select(a => new Row(
                    a.campaign.Id, a.campaign.Year, a.campaign.Title, a.campaign.Status,
                    new CampaignWindows(a.campaign.Windows.SelfAssessmentOpensOn, a.campaign.Windows.SelfAssessmentClosesOn,
                        a.campaign.Windows.ExpertReviewOpensOn, a.campaign.Windows.ExpertReviewClosesOn),
                    a.review.AllianceId, a.alliance.Name, a.expert.AssignedAt, a.expert.SubmittedAt)),
            row => row,
            cancellationToken);

        var campaignIds = rows.Items.Select(r => r.CampaignId).Distinct().ToList();
        var plans = (await db.Set<Indicator>().AsNoTracking()
                .Where(i => campaignIds.Contains(EF.Property<Guid>(i, "CampaignId")))
                .Select(i => new { CampaignId = EF.Property<Guid>(i, "CampaignId"), Indicator = i })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.CampaignId, i => i.Indicator);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(new Page<ExpertAssignmentResponse>(
            [.. rows.Items.Select(r => new ExpertAssignmentResponse(
                r.CampaignId, r.Year, r.Title, r.Status, $"{r.Status.NameZh()} / {r.Status.NameEn()}", r.Windows.ExpertReviewOpensOn, r.Windows.ExpertReviewClosesOn,
                ReviewClosed.Contains(r.Status), r.AllianceId, r.AllianceName, r.AssignedAt, r.SubmittedAt is not null, r.SubmittedAt,
                r.Status == CampaignStatus.ExpertReview && r.Windows.IsExpertReviewOpenAt(now) && r.SubmittedAt is null,
                [.. plans[r.CampaignId].OrderBy(i => i.Order).Select(AssignmentIndicatorResponse.For)]))],
            rows.PageNumber, rows.PageSize, rows.TotalCount));
    }
}
