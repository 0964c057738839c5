using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>One stay of a member unit in an alliance, from joining to leaving; a unit that comes back starts a new one.</summary>
public sealed class AllianceMember
{
    private AllianceMember()
    {
    }

    public Guid Id { get; private init; }
    public Guid MemberUnitId { get; private init; }
    public AllianceMemberStatus Status { get; private set; }
    public DateOnly JoinedOn { get; private init; }
    /// <summary>The date its charter signature made it count as a member; null while pending.</summary>
    public DateOnly? MemberSince { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public string? LeaveReason { get; private set; }
    public DateTimeOffset RecordedAt { get; private init; }

    internal static AllianceMember Pending(Guid memberUnitId, DateOnly joinedOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MemberUnitId = memberUnitId,
        Status = AllianceMemberStatus.Pending,
        JoinedOn = joinedOn,
        RecordedAt = now.ToStoredPrecision(),
    };

    internal void Admit(DateOnly on)
    {
        Status = AllianceMemberStatus.Current;
        MemberSince = on;
    }

    internal void Leave(DateOnly on, string reason)
    {
        Status = AllianceMemberStatus.Left;
        LeftOn = on;
        LeaveReason = reason;
    }
}
