using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Features.Entitlements;
using AlliancePlatform.Support.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Messaging;

/// <summary>A new chair unit: the former one loses what it held as chair unit (Art 24).</summary>
internal sealed class ChairUnitChangedConsumer(
    SupportDbContext db, EntitlementAnnouncements announce, TimeProvider clock, IInbox inbox, ILogger<ChairUnitChangedConsumer> logger)
    : IdempotentConsumer<ChairUnitChanged>(inbox, logger)
{
    protected override string ConsumerName => "support.chair-unit-changed";

    protected override async Task ApplyAsync(ChairUnitChanged message, CancellationToken cancellationToken)
    {
        var alliance = await db.LockAllianceAsync(message.AllianceId, message.AllianceName, cancellationToken);
        if (alliance.ChairChangedAt is null || alliance.ChairChangedAt < message.OccurredAt)
        {
            alliance.ChairUnitCode = message.Unit.CreditCode;
            alliance.ChairChangedAt = message.OccurredAt.ToUniversalTime();
            await db.OfficersChangedAsync(alliance, announce, message.OccurredAt, clock.GetUtcNow(), cancellationToken);
        }
    }
}

/// <summary>A new secretary-general unit: the former one loses what it held as secretary-general unit (Art 24, 26).</summary>
internal sealed class SecretaryGeneralUnitChangedConsumer(
    SupportDbContext db, EntitlementAnnouncements announce, TimeProvider clock, IInbox inbox, ILogger<SecretaryGeneralUnitChangedConsumer> logger)
    : IdempotentConsumer<SecretaryGeneralUnitChanged>(inbox, logger)
{
    protected override string ConsumerName => "support.secretary-general-unit-changed";

    protected override async Task ApplyAsync(SecretaryGeneralUnitChanged message, CancellationToken cancellationToken)
    {
        var alliance = await db.LockAllianceAsync(message.AllianceId, message.AllianceName, cancellationToken);
        if (alliance.SecretaryGeneralChangedAt is null || alliance.SecretaryGeneralChangedAt < message.OccurredAt)
        {
            alliance.SecretaryGeneralUnitCode = message.Unit.CreditCode;
            alliance.SecretaryGeneralChangedAt = message.OccurredAt.ToUniversalTime();
            await db.OfficersChangedAsync(alliance, announce, message.OccurredAt, clock.GetUtcNow(), cancellationToken);
        }
    }
}

internal sealed class MemberUnitJoinedConsumer(SupportDbContext db, IInbox inbox, ILogger<MemberUnitJoinedConsumer> logger)
    : IdempotentConsumer<MemberUnitJoined>(inbox, logger)
{
    protected override string ConsumerName => "support.member-unit-joined";

    protected override Task ApplyAsync(MemberUnitJoined message, CancellationToken cancellationToken) =>
        db.RecordMembershipAsync(message.AllianceId, message.Unit, isMember: true, message.OccurredAt, cancellationToken);
}

/// <summary>A unit that leaves loses at once what it held from that alliance (Art 24).</summary>
internal sealed class MemberUnitLeftConsumer(
    SupportDbContext db, EntitlementAnnouncements announce, TimeProvider clock, IInbox inbox, ILogger<MemberUnitLeftConsumer> logger)
    : IdempotentConsumer<MemberUnitLeft>(inbox, logger)
{
    protected override string ConsumerName => "support.member-unit-left";

    protected override async Task ApplyAsync(MemberUnitLeft message, CancellationToken cancellationToken)
    {
        if (await db.RecordMembershipAsync(message.AllianceId, message.Unit, isMember: false, message.OccurredAt, cancellationToken) == 0)
        {
            return;
        }
        var code = message.Unit.CreditCode.Trim().ToUpperInvariant();
        var entitlements = await db.Entitlements
            .Where(e => e.AllianceId == message.AllianceId && e.UnitCreditCode == code)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var ended in EntitlementGranting.OnUnitLeft(entitlements, message.AllianceId, code, message.OccurredAt))
        {
            announce.Ended(ended, now);
        }
    }
}

internal static class MembershipProjection
{
    /// <summary>Inserted or updated under the row's lock; a change older than the one kept is ignored (0 rows).</summary>
    public static Task<int> RecordMembershipAsync(
        this SupportDbContext db, Guid allianceId, MemberUnitInfo unit, bool isMember, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var code = unit.CreditCode.Trim().ToUpperInvariant();
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO member_units (alliance_id, credit_code, name, unit_type, is_member, changed_at)
            VALUES ({allianceId}, {code}, {unit.Name}, {unit.UnitType}, {isMember}, {occurredAt.ToUniversalTime()})
            ON CONFLICT (alliance_id, credit_code) DO UPDATE
            SET name = EXCLUDED.name, unit_type = EXCLUDED.unit_type, is_member = EXCLUDED.is_member, changed_at = EXCLUDED.changed_at
            WHERE member_units.changed_at < EXCLUDED.changed_at
            """, cancellationToken);
    }

    /// <summary>The officers as now kept: a unit's entitlement ends when the unit no longer holds the role it was given for.</summary>
    public static async Task OfficersChangedAsync(
        this SupportDbContext db, AllianceCopy alliance, EntitlementAnnouncements announce, DateTimeOffset changedAt, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var entitlements = await db.Entitlements
            .Where(e => e.AllianceId == alliance.AllianceId && e.UnitCreditCode != null)
            .ToListAsync(cancellationToken);
        foreach (var ended in EntitlementGranting.OnOfficersChanged(entitlements, alliance.AllianceId, alliance.Officers(), changedAt))
        {
            announce.Ended(ended, now);
        }
    }
}
