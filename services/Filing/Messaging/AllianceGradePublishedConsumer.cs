using AlliancePlatform.Contracts.Evaluation;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Filing.Messaging;

/// <summary>The register shows each listed alliance's latest published grade (Art 23).</summary>
internal sealed class AllianceGradePublishedConsumer(FilingDbContext db, IInbox inbox, ILogger<AllianceGradePublishedConsumer> logger)
    : IdempotentConsumer<AllianceGradePublished>(inbox, logger)
{
    protected override string ConsumerName => "filing.alliance-grade-published";

    protected override async Task ApplyAsync(AllianceGradePublished message, CancellationToken cancellationToken)
    {
        var filed = await db.LockListedAsync(message.AllianceId, cancellationToken);
        filed?.ShowGrade(message.Grade, message.CampaignYear, message.OccurredAt);
    }
}
