using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Reviews;
using AlliancePlatform.Evaluation.Features.SelfAssessments;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.Campaigns;

/// <summary>
/// How every change to a campaign or a self-assessment is made: the campaign row is locked for the transaction (the
/// idempotency filter's), so a change and the clock's refusals never interleave; the caller must be able to see the
/// campaign (and the alliance); the change is audited. A self-assessment starts pre-filled from the alliance's accepted
/// annual reports.
/// </summary>
internal sealed class CampaignEditor(EvaluationDbContext db, EvaluationAccess access, IAuditTrail audit, TimeProvider clock)
{
    public Task<Results<Ok<CampaignResponse>, NotFound>> ChangeCampaignAsync(
        Guid campaignId, Action<EvaluationCampaign, Actor, DateTimeOffset> change, CancellationToken cancellationToken) =>
        ChangeCampaignAsync(campaignId, (campaign, actor, now) =>
        {
            change(campaign, actor, now);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<Results<Ok<CampaignResponse>, NotFound>> ChangeCampaignAsync(
        Guid campaignId, Func<EvaluationCampaign, Actor, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        var campaign = await LockAsync(campaignId, cancellationToken);
        if (campaign is null || !await access.CanReadAsync(campaign, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        await change(campaign, access.Actor(), clock.GetUtcNow());
        audit.Succeeded(campaign.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CampaignResponse.For(campaign, _ => true, official: true));
    }

    public async Task<Results<Ok<SelfAssessmentResponse>, NotFound>> ChangeSelfAssessmentAsync(
        Guid campaignId, Guid allianceId, bool startIfMissing, Action<SelfAssessment, EvaluationCampaign, Actor, DateTimeOffset> change,
        CancellationToken cancellationToken)
    {
        var campaign = await LockAsync(campaignId, cancellationToken);
        if (campaign is null || campaign.Alliances.All(a => a.AllianceId != allianceId) || !await access.CanReadAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var actor = access.Actor();
        var now = clock.GetUtcNow();
        var assessment = await db.SelfAssessments.AsSplitQuery().SingleOrDefaultAsync(a => a.CampaignId == campaignId && a.AllianceId == allianceId, cancellationToken);
        if (assessment is null)
        {
            if (!startIfMissing)
            {
                return TypedResults.NotFound();
            }
            assessment = SelfAssessment.Start(actor, campaign, allianceId, now);
            assessment.Prefill(campaign, await AcceptedFiguresAsync(allianceId, cancellationToken));
            db.SelfAssessments.Add(assessment);
        }
        change(assessment, campaign, actor, now);
        audit.Succeeded(assessment.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SelfAssessmentResponse.For(assessment, campaign));
    }

    /// <summary>
    /// Changes the expert review of an alliance (Art 22) under the campaign's lock. The officials reach every review in
    /// scope; an expert only one they are assigned to (not-yours is not-found). The review is set up on first use when
    /// <paramref name="startIfMissing"/>; the answer shows the sheets the caller may see.
    /// </summary>
    public async Task<Results<Ok<ReviewResponse>, NotFound>> ChangeReviewAsync(
        Guid campaignId, Guid allianceId, bool startIfMissing, Func<ExpertReview, EvaluationCampaign, Actor, DateTimeOffset, Task> change,
        CancellationToken cancellationToken)
    {
        var campaign = await LockAsync(campaignId, cancellationToken);
        if (campaign is null || campaign.Alliances.All(a => a.AllianceId != allianceId))
        {
            return TypedResults.NotFound();
        }
        var actor = access.Actor();
        var now = clock.GetUtcNow();
        var review = await db.Reviews.AsSplitQuery().SingleOrDefaultAsync(r => r.CampaignId == campaignId && r.AllianceId == allianceId, cancellationToken);
        if (review is not null && !access.CanReadReview(review))
        {
            return TypedResults.NotFound();
        }
        if (review is null)
        {
            if (!startIfMissing || !access.IsOfficial)
            {
                return TypedResults.NotFound();
            }
            review = ExpertReview.Create(actor, campaign, allianceId, now);
            db.Reviews.Add(review);
        }
        await change(review, campaign, actor, now);
        audit.Succeeded(review.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReviewResponse.For(review, campaign, actor));
    }

    private async Task<List<ReportedFigure>> AcceptedFiguresAsync(Guid allianceId, CancellationToken cancellationToken) =>
        await db.AcceptedReportFigures.AsNoTracking()
            .Where(f => f.AllianceId == allianceId)
            .Select(f => new ReportedFigure(f.ReportYear, f.Field, f.Value))
            .ToListAsync(cancellationToken);

    private async Task<EvaluationCampaign?> LockAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM evaluation_campaigns WHERE id = {campaignId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return await db.Campaigns.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
    }
}
