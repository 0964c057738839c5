using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Reporting.Messaging;

/// <summary>A filed alliance owes an annual report for each year it is filed (Art 13).</summary>
internal sealed class AllianceFiledConsumer(ReportingDbContext db, IInbox inbox, TimeProvider clock, ILogger<AllianceFiledConsumer> logger)
    : IdempotentConsumer<AllianceFiled>(inbox, logger)
{
    protected override string ConsumerName => "reporting.alliance-filed";

    protected override async Task ApplyAsync(AllianceFiled message, CancellationToken cancellationToken)
    {
        var alliance = await db.LockAllianceAsync(message.AllianceId, cancellationToken);
        if (alliance is null)
        {
            db.Alliances.Add(ReportingAlliance.Filed(message.AllianceId, message.FiledOn, clock.GetUtcNow()));
        }
        else
        {
            alliance.RecordFiled(message.FiledOn, clock.GetUtcNow());
        }

        var actors = await db.LockActorsAsync(message.AllianceId, message.AllianceName, cancellationToken);
        actors.Describe(message.AllianceName, message.IndustryField, message.OccurredAt);
        if (message.Region is { Length: 6 } region)
        {
            actors.Region = region;
        }
        if (actors.ChairChangedAt is null || actors.ChairChangedAt < message.OccurredAt)
        {
            actors.ChairUnitCode = message.ChairUnitCreditCode;
            actors.ChairChangedAt = message.OccurredAt;
        }
        if (actors.SecretaryGeneralChangedAt is null || actors.SecretaryGeneralChangedAt < message.OccurredAt)
        {
            actors.SecretaryGeneralUnitCode = message.SecretaryGeneralUnitCreditCode;
            actors.SecretaryGeneralChangedAt = message.OccurredAt;
        }
        actors.Recompute();
    }
}

/// <summary>A revoked alliance owes nothing after its revocation (Art 17).</summary>
internal sealed class AllianceFilingRevokedConsumer(ReportingDbContext db, IInbox inbox, ILogger<AllianceFilingRevokedConsumer> logger)
    : IdempotentConsumer<AllianceFilingRevoked>(inbox, logger)
{
    protected override string ConsumerName => "reporting.alliance-filing-revoked";

    protected override async Task ApplyAsync(AllianceFilingRevoked message, CancellationToken cancellationToken)
    {
        // Filing publishes the revocation after the filing, in order per alliance, so the alliance is known here;
        // if not, MassTransit retries until the filing has been applied.
        var alliance = await db.LockAllianceAsync(message.AllianceId, cancellationToken)
            ?? throw new InvalidOperationException($"Alliance {message.AllianceId} was revoked before its filing reached Reporting.");
        alliance.RecordRevoked(message.RevokedOn);
    }
}

internal static class ProjectionLocks
{
    public static async Task<ReportingAlliance?> LockAllianceAsync(this ReportingDbContext db, Guid allianceId, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM reporting_alliances WHERE alliance_id = {allianceId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return await db.Alliances.SingleOrDefaultAsync(a => a.AllianceId == allianceId, cancellationToken);
    }

    /// <summary>Locked: chair and secretary-general changes arrive on separate queues and each recomputes who acts.</summary>
    public static async Task<AllianceActors> LockActorsAsync(this ReportingDbContext db, Guid allianceId, string name, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<Guid>($"SELECT alliance_id AS \"Value\" FROM alliance_actors WHERE alliance_id = {allianceId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var actors = await db.Actors.SingleOrDefaultAsync(a => a.AllianceId == allianceId, cancellationToken);
        if (actors is null)
        {
            actors = new AllianceActors { AllianceId = allianceId, Name = name };
            db.Actors.Add(actors);
        }
        return actors;
    }
}
