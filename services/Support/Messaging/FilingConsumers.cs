using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Features.Entitlements;
using AlliancePlatform.Support.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Messaging;

/// <summary>A filed alliance: a published grade grants it and its officer units their entitlements (Art 24).</summary>
internal sealed class AllianceFiledConsumer(SupportDbContext db, IInbox inbox, ILogger<AllianceFiledConsumer> logger)
    : IdempotentConsumer<AllianceFiled>(inbox, logger)
{
    protected override string ConsumerName => "support.alliance-filed";

    protected override async Task ApplyAsync(AllianceFiled message, CancellationToken cancellationToken)
    {
        var alliance = await db.LockAllianceAsync(message.AllianceId, message.AllianceName, cancellationToken);
        alliance.Name = message.AllianceName;
        alliance.FiledOn = message.FiledOn;
        if (alliance.ChairChangedAt is null || alliance.ChairChangedAt < message.OccurredAt)
        {
            alliance.ChairUnitCode = message.ChairUnitCreditCode;
            alliance.ChairChangedAt = message.OccurredAt.ToUniversalTime();
        }
        if (alliance.SecretaryGeneralChangedAt is null || alliance.SecretaryGeneralChangedAt < message.OccurredAt)
        {
            alliance.SecretaryGeneralUnitCode = message.SecretaryGeneralUnitCreditCode;
            alliance.SecretaryGeneralChangedAt = message.OccurredAt.ToUniversalTime();
        }
    }
}

/// <summary>A revoked alliance loses every entitlement at once (Art 17, 24), and a later grade grants it nothing.</summary>
internal sealed class AllianceFilingRevokedConsumer(
    SupportDbContext db, EntitlementAnnouncements announce, TimeProvider clock, IInbox inbox, ILogger<AllianceFilingRevokedConsumer> logger)
    : IdempotentConsumer<AllianceFilingRevoked>(inbox, logger)
{
    protected override string ConsumerName => "support.alliance-filing-revoked";

    protected override async Task ApplyAsync(AllianceFilingRevoked message, CancellationToken cancellationToken)
    {
        // Filing publishes the revocation after the filing, in order per alliance; if it has not arrived, MassTransit retries.
        var alliance = await db.LockAllianceAsync(message.AllianceId, "", cancellationToken);
        if (alliance.FiledOn is null)
        {
            throw new InvalidOperationException($"Alliance {message.AllianceId} was revoked before its filing reached Support.");
        }
        alliance.RevokedOn = message.RevokedOn;
        alliance.RevokedAt = message.OccurredAt.ToUniversalTime();
        var entitlements = await db.Entitlements.Where(e => e.AllianceId == message.AllianceId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var ended in EntitlementGranting.OnFilingRevoked(entitlements, message.AllianceId, $"{message.FilingNumber}: {message.Cause}", message.OccurredAt))
        {
            announce.Ended(ended, now);
        }
    }
}

internal static class ProjectionLocks
{
    /// <summary>Locked: filing, officer changes, grades and departures arrive on separate queues and each reads the alliance.</summary>
    public static async Task<AllianceCopy> LockAllianceAsync(this SupportDbContext db, Guid allianceId, string name, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<Guid>($"SELECT alliance_id AS \"Value\" FROM alliances WHERE alliance_id = {allianceId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var alliance = await db.Alliances.SingleOrDefaultAsync(a => a.AllianceId == allianceId, cancellationToken);
        if (alliance is null)
        {
            alliance = new AllianceCopy { AllianceId = allianceId, Name = name };
            db.Alliances.Add(alliance);
        }
        return alliance;
    }
}
