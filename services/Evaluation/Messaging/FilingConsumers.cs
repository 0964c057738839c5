using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Messaging;

/// <summary>A filed alliance is in scope of the campaigns started from now on (Art 19).</summary>
internal sealed class AllianceFiledConsumer(EvaluationDbContext db, IInbox inbox, ILogger<AllianceFiledConsumer> logger)
    : IdempotentConsumer<AllianceFiled>(inbox, logger)
{
    protected override string ConsumerName => "evaluation.alliance-filed";

    protected override async Task ApplyAsync(AllianceFiled message, CancellationToken cancellationToken)
    {
        var alliance = await db.LockFiledAllianceAsync(message.AllianceId, message.AllianceName, cancellationToken);
        alliance.Name = message.AllianceName;
        alliance.IndustryField = message.IndustryField;
        alliance.FiledOn = message.FiledOn;
        if (message.Region is { Length: 6 } region)
        {
            alliance.Region = region;
        }
        if (alliance.ChairChangedAt is null || alliance.ChairChangedAt < message.OccurredAt)
        {
            alliance.ChairUnitCode = message.ChairUnitCreditCode;
            alliance.ChairChangedAt = message.OccurredAt;
        }
        if (alliance.SecretaryGeneralChangedAt is null || alliance.SecretaryGeneralChangedAt < message.OccurredAt)
        {
            alliance.SecretaryGeneralUnitCode = message.SecretaryGeneralUnitCreditCode;
            alliance.SecretaryGeneralChangedAt = message.OccurredAt;
        }
        alliance.Recompute();
    }
}

/// <summary>A revoked alliance is in scope of no campaign started after its revocation (Art 17, 19).</summary>
internal sealed class AllianceFilingRevokedConsumer(EvaluationDbContext db, IInbox inbox, ILogger<AllianceFilingRevokedConsumer> logger)
    : IdempotentConsumer<AllianceFilingRevoked>(inbox, logger)
{
    protected override string ConsumerName => "evaluation.alliance-filing-revoked";

    protected override async Task ApplyAsync(AllianceFilingRevoked message, CancellationToken cancellationToken)
    {
        // Filing publishes the revocation after the filing, in order per alliance; if it has not arrived, MassTransit retries.
        var alliance = await db.LockFiledAllianceAsync(message.AllianceId, "", cancellationToken);
        if (alliance.FiledOn is null)
        {
            throw new InvalidOperationException($"Alliance {message.AllianceId} was revoked before its filing reached Evaluation.");
        }
        alliance.RevokedOn = message.RevokedOn;
    }
}

internal static class ProjectionLocks
{
    /// <summary>Locked: filing, chair and secretary-general changes arrive on separate queues and each recomputes who acts.</summary>
    public static async Task<FiledAllianceCopy> LockFiledAllianceAsync(this EvaluationDbContext db, Guid allianceId, string name, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<Guid>($"SELECT alliance_id AS \"Value\" FROM filed_alliances WHERE alliance_id = {allianceId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var alliance = await db.FiledAlliances.SingleOrDefaultAsync(a => a.AllianceId == allianceId, cancellationToken);
        if (alliance is null)
        {
            alliance = new FiledAllianceCopy { AllianceId = allianceId, Name = name };
            db.FiledAlliances.Add(alliance);
        }
        return alliance;
    }
}
