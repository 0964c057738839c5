using AlliancePlatform.Contracts.Evaluation;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Grading;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Evaluation.Features.Clock;

/// <summary>
/// The evaluation timers: when a campaign's self-assessment window has closed, every alliance in scope without a
/// submitted self-assessment is recorded as refusing assessment and Filing is told (Art 17-2, 21); when the public
/// notice of its grades has closed, the grades are published (Art 23). Every replica runs it; each campaign is taken
/// under a row lock that other replicas skip, and what was raised is kept in a ledger with a unique key, so each
/// refusal and each grade is announced exactly once.
/// </summary>
internal sealed class EvaluationClock(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<EvaluationOptions> settings, ILogger<EvaluationClock> logger)
    : BackgroundService
{
    private static readonly CampaignStatus[] AfterSelfAssessmentStarted =
        [CampaignStatus.SelfAssessment, CampaignStatus.ExpertReview, CampaignStatus.Grading, CampaignStatus.Notice, CampaignStatus.Published];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "The evaluation clock could not complete a tick; it will try again");
            }
            await Task.Delay(settings.CurrentValue.ClockInterval, stoppingToken);
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        List<Guid> campaigns;
        List<Guid> noticesClosed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EvaluationDbContext>();
            // The window closes at 24:00 of its last day: once that day is over. Campaigns whose every alliance is settled drop out.
            campaigns = await db.Campaigns.IgnoreAutoIncludes()
                .Where(c => AfterSelfAssessmentStarted.Contains(c.Status) && c.Windows.SelfAssessmentClosesOn < today)
                .Where(c => c.Alliances.Any(a => a.SelfAssessmentRefusedAt == null
                    && !db.SelfAssessments.Any(s => s.CampaignId == c.Id && s.AllianceId == a.AllianceId
                        && (s.Status == SelfAssessmentStatus.Submitted || s.Status == SelfAssessmentStatus.Accepted))))
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
            noticesClosed = await db.Campaigns.IgnoreAutoIncludes()
                .Where(c => c.Status == CampaignStatus.Notice && c.Notice!.ClosesAt <= now)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
        }
        foreach (var campaignId in campaigns)
        {
            await RecordRefusalsAsync(campaignId, cancellationToken);
        }
        foreach (var campaignId in noticesClosed)
        {
            await PublishAsync(campaignId, cancellationToken);
        }
    }

    private async Task PublishAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<GradePublication>().PublishAsync(campaignId, clock.GetUtcNow(), cancellationToken);
        if (published > 0)
        {
            logger.LogInformation("Published the {Count} grades of campaign {CampaignId}", published, campaignId);
        }
    }

    private async Task RecordRefusalsAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvaluationDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM evaluation_campaigns WHERE id = {campaignId} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var campaign = await db.Campaigns.AsSplitQuery().SingleAsync(c => c.Id == campaignId, cancellationToken);
        var assessments = await db.SelfAssessments.IgnoreAutoIncludes().Where(s => s.CampaignId == campaignId).ToListAsync(cancellationToken);
        var raised = (await db.Set<RaisedRefusal>().Where(r => r.CampaignId == campaignId).Select(r => r.AllianceId).ToListAsync(cancellationToken)).ToHashSet();
        var refused = campaign.RecordRefusals(assessments, now);
        foreach (var alliance in refused.Where(a => !raised.Contains(a.AllianceId)))
        {
            db.Add(new RaisedRefusal { CampaignId = campaignId, AllianceId = alliance.AllianceId, RaisedAt = now });
            outbox.Add(new AssessmentRefused(campaignId, campaign.Year, alliance.AllianceId, campaign.Windows.SelfAssessmentClosesOn, now), alliance.AllianceId.ToString());
            audit.Record("self_assessment.refused", "alliance", alliance.AllianceId.ToString(), detail: $"campaign {campaignId}");
        }

        if (refused.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
