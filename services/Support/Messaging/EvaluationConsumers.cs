using AlliancePlatform.Contracts.Evaluation;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Features.Entitlements;
using AlliancePlatform.Support.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Messaging;

/// <summary>
/// A published grade grants the alliance and its officer units their entitlements (Art 24, 26) and supersedes those of its
/// previous grade, each announced and audited with the inbox receipt. A revoked alliance gets nothing.
/// </summary>
internal sealed class AllianceGradePublishedConsumer(
    SupportDbContext db, EntitlementAnnouncements announce, TimeProvider clock, IInbox inbox, ILogger<AllianceGradePublishedConsumer> logger)
    : IdempotentConsumer<AllianceGradePublished>(inbox, logger)
{
    protected override string ConsumerName => "support.alliance-grade-published";

    protected override async Task ApplyAsync(AllianceGradePublished message, CancellationToken cancellationToken)
    {
        var alliance = await db.LockAllianceAsync(message.AllianceId, "", cancellationToken);
        if (alliance.FiledOn is null)
        {
            // Only filed alliances are graded: the filing is on its way (separate queue); MassTransit retries, then parks it.
            throw new InvalidOperationException($"Alliance {message.AllianceId} was graded before its filing reached Support.");
        }
        if (alliance.IsRevoked)
        {
            logger.LogInformation("Grade {Grade} of campaign {CampaignId} grants nothing: alliance {AllianceId} was revoked on {RevokedOn}",
                message.Grade, message.CampaignId, message.AllianceId, alliance.RevokedOn);
            return;
        }

        var grade = new PublishedGrade(message.AllianceId, message.CampaignId, message.CampaignYear, GradeNames.Parse(message.Grade), message.OccurredAt);
        var entitlements = await db.Entitlements.Where(e => e.AllianceId == message.AllianceId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // The version current now: an edit changes what later grades grant, never what was granted before.
        var rules = await db.CurrentRulesAsync(cancellationToken);
        var outcome = EntitlementGranting.OnGradePublished(grade, alliance.Officers(), rules, entitlements, now);
        db.Entitlements.AddRange(outcome.Created);
        announce.Outcome(outcome, now);
    }
}
