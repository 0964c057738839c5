using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Messaging;

internal sealed class MemberUnitJoinedConsumer(FilingDbContext db, IInbox inbox, ILogger<MemberUnitJoinedConsumer> logger)
    : IdempotentConsumer<MemberUnitJoined>(inbox, logger)
{
    protected override string ConsumerName => "filing.member-unit-joined";

    protected override Task ApplyAsync(MemberUnitJoined message, CancellationToken cancellationToken) =>
        db.ApplyMembershipAsync(message.AllianceId, message.Unit, isCurrentMember: true, message.OccurredAt, cancellationToken);
}

internal sealed class MemberUnitLeftConsumer(FilingDbContext db, IInbox inbox, ILogger<MemberUnitLeftConsumer> logger)
    : IdempotentConsumer<MemberUnitLeft>(inbox, logger)
{
    protected override string ConsumerName => "filing.member-unit-left";

    protected override Task ApplyAsync(MemberUnitLeft message, CancellationToken cancellationToken) =>
        db.ApplyMembershipAsync(message.AllianceId, message.Unit, isCurrentMember: false, message.OccurredAt, cancellationToken);
}

internal static class MembershipChanges
{
    public static async Task ApplyMembershipAsync(
        this FilingDbContext db, Guid allianceId, MemberUnitInfo unit, bool isCurrentMember, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        // Joins and departures of one unit come on separate queues: the row is locked so that the later event wins.
        await db.Database.SqlQuery<Guid>(
                $"SELECT member_unit_id AS \"Value\" FROM member_unit_projections WHERE alliance_id = {allianceId} AND member_unit_id = {unit.MemberUnitId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var member = await db.MemberUnits.SingleOrDefaultAsync(m => m.AllianceId == allianceId && m.MemberUnitId == unit.MemberUnitId, cancellationToken);
        if (member is null)
        {
            member = new MemberUnitProjection { AllianceId = allianceId, MemberUnitId = unit.MemberUnitId };
            db.MemberUnits.Add(member);
        }
        else if (member.ChangedAt >= occurredAt)
        {
            return;
        }
        member.Name = unit.Name;
        member.CreditCode = unit.CreditCode;
        member.UnitType = unit.UnitType;
        member.Region = unit.RegisteredRegion;
        member.IsCurrentMember = isCurrentMember;
        member.ChangedAt = occurredAt;
    }
}
