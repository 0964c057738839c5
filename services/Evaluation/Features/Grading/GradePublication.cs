using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using GradePublished = AlliancePlatform.Contracts.Evaluation.AllianceGradePublished;
using RepeatedGradeDRaised = AlliancePlatform.Contracts.Evaluation.RepeatedGradeD;

namespace AlliancePlatform.Evaluation.Features.Grading;

/// <summary>
/// Publishes a campaign's grades once their public notice has closed (Art 23), in one transaction: each grade kept and
/// announced (AllianceGradePublished), a rectification opened for each D, and RepeatedGradeD raised for an alliance also
/// graded D by the campaign published before. The campaign row is taken with SKIP LOCKED and its state checked again, so
/// with several replicas the grades are published exactly once.
/// </summary>
internal sealed class GradePublication(EvaluationDbContext db, IOutbox outbox, IAuditTrail audit, IOptionsSnapshot<EvaluationOptions> options)
{
    /// <summary>The grades published, or none when another replica holds the campaign or its notice is still running.</summary>
    public async Task<int> PublishAsync(Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM evaluation_campaigns WHERE id = {campaignId} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        var campaign = locked.Count == 0 ? null : await db.Campaigns.AsSplitQuery().SingleAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null || campaign.Status != CampaignStatus.Notice || campaign.Notice!.IsOpenAt(now))
        {
            return 0;
        }

        var grades = campaign.Publish(Actor.System, now);
        var previous = await PreviousGradesAsync(campaign, cancellationToken);
        var settings = options.Value.ToSettings();
        foreach (var grade in grades)
        {
            db.PublishedGrades.Add(grade);
            outbox.Add(new GradePublished(grade.AllianceId, grade.CampaignId, grade.Year, grade.Grade.ToString(),
                    grade.Composite is { } composite ? CompositeScore.Round(composite) : null, grade.PublishedOn, now),
                grade.AllianceId.ToString());
            if (grade.Grade == Grade.D)
            {
                var rectification = Rectification.Open(grade, settings, now);
                db.Rectifications.Add(rectification);
                audit.Record("rectification.open", "alliance", grade.AllianceId.ToString(), detail: $"campaign {campaignId}, due {rectification.DueOn:yyyy-MM-dd}");
            }
            if (RepeatedGradeDRule.Decide(grade, previous.GetValueOrDefault(grade.AllianceId)) is { } repeated)
            {
                outbox.Add(new RepeatedGradeDRaised(repeated.AllianceId, repeated.CampaignId, repeated.PreviousCampaignId, now), grade.AllianceId.ToString());
                audit.Record("grade.repeated_d", "alliance", grade.AllianceId.ToString(), detail: $"campaigns {repeated.PreviousYear} and {repeated.Year}");
            }
        }
        audit.Record("evaluation_campaign.publish", "evaluation_campaign", campaignId.ToString(), detail: $"{grades.Count} grades");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return grades.Count;
    }

    /// <summary>The grades of the campaign published before this one (the latest other published campaign of this year or earlier).</summary>
    private async Task<Dictionary<Guid, PublishedGrade>> PreviousGradesAsync(EvaluationCampaign campaign, CancellationToken cancellationToken)
    {
        var previous = await db.Campaigns.IgnoreAutoIncludes()
            .Where(c => c.Id != campaign.Id && c.Status == CampaignStatus.Published && c.Year <= campaign.Year)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.PublishedOn).ThenByDescending(c => c.CreatedAt)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return previous is null
            ? []
            : await db.PublishedGrades.AsNoTracking().Where(g => g.CampaignId == previous).ToDictionaryAsync(g => g.AllianceId, cancellationToken);
    }
}
