using static AlliancePlatform.Membership.Domain.RuleChecks;

namespace AlliancePlatform.Membership.Domain;

/// <summary>Open membership (Art 8-7): units join, sign the charter to count, leave; the chair and secretary-general units.</summary>
public sealed partial class Alliance
{
    private readonly List<AllianceMember> _members = [];
    private readonly List<MembershipChange> _membershipHistory = [];

    /// <summary>The chair unit (理事长单位) elected at the founding meeting (Art 7-3).</summary>
    public Guid? ChairUnitId { get; private set; }
    /// <summary>The secretary-general unit (秘书长单位).</summary>
    public Guid? SecretaryGeneralUnitId { get; private set; }
    /// <summary>Every stay of every unit, past ones included.</summary>
    public IReadOnlyList<AllianceMember> Members => _members;
    public IReadOnlyList<MembershipChange> MembershipHistory => _membershipHistory;

    public bool IsCurrentMember(Guid memberUnitId) => FindOpenMembership(memberUnitId)?.Status == AllianceMemberStatus.Current;

    public IReadOnlyList<Guid> CurrentMemberUnitIds() =>
        [.. _members.Where(m => m.Status == AllianceMemberStatus.Current).Select(m => m.MemberUnitId)];

    /// <summary>The unit joins as pending; it counts as a member once it signs the charter (Art 6-2).</summary>
    public AllianceMember Join(MemberUnit unit, DateOnly joinedOn, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Require(FindOpenMembership(unit.Id) is null, MembershipRules.AlreadyMember);
        Require(joinedOn <= ChinaTime.DateOf(now), MembershipRules.DateInFuture);
        var validReason = OptionalReason(reason);

        var member = AllianceMember.Pending(unit.Id, joinedOn, now);
        _members.Add(member);
        RecordChange(MembershipChangeKind.JoinPending, unit.Id, joinedOn, validReason, now);
        return member;
    }

    public void Leave(Guid memberUnitId, DateOnly leftOn, string? reason, DateTimeOffset now)
    {
        var openMembership = FindOpenMembership(memberUnitId);
        Require(openMembership is not null, MembershipRules.NotMember);
        var member = openMembership!;
        Require(!string.IsNullOrWhiteSpace(reason), MembershipRules.LeaveReasonRequired);
        var validReason = OptionalReason(reason)!;
        Require(leftOn <= ChinaTime.DateOf(now), MembershipRules.DateInFuture);
        Require(leftOn >= member.JoinedOn, MembershipRules.LeftBeforeJoining);
        Require(ChairUnitId != memberUnitId && SecretaryGeneralUnitId != memberUnitId, MembershipRules.RoleHolderCannotLeave);

        var counted = member.Status == AllianceMemberStatus.Current;
        member.Leave(leftOn, validReason);
        // Council seats are held for a member unit (Art 7-3), so they end with its membership.
        _council.RemoveAll(c => c.MemberUnitId == memberUnitId);
        RecordChange(MembershipChangeKind.Left, memberUnitId, leftOn, validReason, now);
        if (counted)
        {
            Raise(new MemberUnitLeft(Id, memberUnitId, leftOn, validReason));
        }

        // The unit that left may have been the last one that had not signed the version under adoption.
        if (FindCharterUnderAdoption() is { } underAdoption)
        {
            TryMakeEffective(underAdoption, leftOn, now);
        }
    }

    public void SetChairUnit(Guid memberUnitId, DateOnly changedOn, string? reason, DateTimeOffset now)
    {
        Require(IsCurrentMember(memberUnitId), MembershipRules.ChairUnitNotMember);
        Require(changedOn <= ChinaTime.DateOf(now), MembershipRules.DateInFuture);
        var validReason = OptionalReason(reason);
        if (ChairUnitId == memberUnitId)
        {
            return;
        }

        var previous = ChairUnitId;
        ChairUnitId = memberUnitId;
        RecordChange(MembershipChangeKind.ChairUnitChanged, memberUnitId, changedOn, validReason, now);
        Raise(new ChairUnitChanged(Id, previous, memberUnitId, changedOn, validReason));
    }

    public void SetSecretaryGeneralUnit(Guid memberUnitId, DateOnly changedOn, string? reason, DateTimeOffset now)
    {
        Require(IsCurrentMember(memberUnitId), MembershipRules.SecretaryGeneralUnitNotMember);
        Require(changedOn <= ChinaTime.DateOf(now), MembershipRules.DateInFuture);
        var validReason = OptionalReason(reason);
        if (SecretaryGeneralUnitId == memberUnitId)
        {
            return;
        }

        var previous = SecretaryGeneralUnitId;
        SecretaryGeneralUnitId = memberUnitId;
        RecordChange(MembershipChangeKind.SecretaryGeneralUnitChanged, memberUnitId, changedOn, validReason, now);
        Raise(new SecretaryGeneralUnitChanged(Id, previous, memberUnitId, changedOn, validReason));
    }

    /// <summary>The unit's pending or current stay, if it has one.</summary>
    private AllianceMember? FindOpenMembership(Guid memberUnitId) =>
        _members.FirstOrDefault(m => m.MemberUnitId == memberUnitId && m.Status != AllianceMemberStatus.Left);

    private void Admit(AllianceMember member, CharterVersion version, DateOnly on, DateTimeOffset now)
    {
        member.Admit(on);
        RecordChange(MembershipChangeKind.Joined, member.MemberUnitId, on, null, now);
        Raise(new MemberUnitJoined(Id, member.MemberUnitId, member.JoinedOn, on, version.Number));
    }

    private void RecordChange(MembershipChangeKind kind, Guid memberUnitId, DateOnly on, string? reason, DateTimeOffset now) =>
        _membershipHistory.Add(MembershipChange.Create(kind, memberUnitId, on, reason, now));

    private static string? OptionalReason(string? reason)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Require(trimmed is null || trimmed.Length <= MembershipRules.ReasonMaxLength, MembershipRules.ReasonTooLong);
        return trimmed;
    }
}
