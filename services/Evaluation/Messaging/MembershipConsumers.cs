using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Messaging;

internal sealed class ChairUnitChangedConsumer(EvaluationDbContext db, IInbox inbox, ILogger<ChairUnitChangedConsumer> logger)
    : IdempotentConsumer<ChairUnitChanged>(inbox, logger)
{
    protected override string ConsumerName => "evaluation.chair-unit-changed";

    protected override async Task ApplyAsync(ChairUnitChanged message, CancellationToken cancellationToken)
    {
        var alliance = await db.LockFiledAllianceAsync(message.AllianceId, message.AllianceName, cancellationToken);
        if (alliance.ChairChangedAt is null || alliance.ChairChangedAt < message.OccurredAt)
        {
            alliance.ChairUnitCode = message.Unit.CreditCode;
            alliance.ChairChangedAt = message.OccurredAt;
            alliance.Recompute();
        }
    }
}

internal sealed class SecretaryGeneralUnitChangedConsumer(EvaluationDbContext db, IInbox inbox, ILogger<SecretaryGeneralUnitChangedConsumer> logger)
    : IdempotentConsumer<SecretaryGeneralUnitChanged>(inbox, logger)
{
    protected override string ConsumerName => "evaluation.secretary-general-unit-changed";

    protected override async Task ApplyAsync(SecretaryGeneralUnitChanged message, CancellationToken cancellationToken)
    {
        var alliance = await db.LockFiledAllianceAsync(message.AllianceId, message.AllianceName, cancellationToken);
        if (alliance.SecretaryGeneralChangedAt is null || alliance.SecretaryGeneralChangedAt < message.OccurredAt)
        {
            alliance.SecretaryGeneralUnitCode = message.Unit.CreditCode;
            alliance.SecretaryGeneralChangedAt = message.OccurredAt;
            alliance.Recompute();
        }
    }
}

/// <summary>The alliance's member units, so that no expert from one of them reviews it (Art 22).</summary>
internal sealed class MemberUnitJoinedConsumer(EvaluationDbContext db, IInbox inbox, ILogger<MemberUnitJoinedConsumer> logger)
    : IdempotentConsumer<MemberUnitJoined>(inbox, logger)
{
    protected override string ConsumerName => "evaluation.member-unit-joined";

    protected override Task ApplyAsync(MemberUnitJoined message, CancellationToken cancellationToken) =>
        db.RecordMembershipAsync(message.AllianceId, message.Unit.CreditCode, isMember: true, message.OccurredAt, cancellationToken);
}

internal sealed class MemberUnitLeftConsumer(EvaluationDbContext db, IInbox inbox, ILogger<MemberUnitLeftConsumer> logger)
    : IdempotentConsumer<MemberUnitLeft>(inbox, logger)
{
    protected override string ConsumerName => "evaluation.member-unit-left";

    protected override Task ApplyAsync(MemberUnitLeft message, CancellationToken cancellationToken) =>
        db.RecordMembershipAsync(message.AllianceId, message.Unit.CreditCode, isMember: false, message.OccurredAt, cancellationToken);
}

internal static class MemberUnitProjection
{
    /// <summary>Inserted or updated under the row's lock; a change older than the one kept is ignored.</summary>
    public static async Task RecordMembershipAsync(
        this EvaluationDbContext db, Guid allianceId, string creditCode, bool isMember, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var code = creditCode.Trim().ToUpperInvariant();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO member_units (alliance_id, credit_code, is_member, changed_at)
            VALUES ({allianceId}, {code}, {isMember}, {occurredAt.ToUniversalTime()})
            ON CONFLICT (alliance_id, credit_code) DO UPDATE SET is_member = EXCLUDED.is_member, changed_at = EXCLUDED.changed_at
            WHERE member_units.changed_at < EXCLUDED.changed_at
            """, cancellationToken);
    }
}
