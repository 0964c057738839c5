using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>An entry in an alliance's membership history (Art 8-7): never edited, only followed by later entries.</summary>
public sealed class MembershipChange
{
    private MembershipChange()
    {
    }

    public Guid Id { get; private init; }
    public MembershipChangeKind Kind { get; private init; }
    public Guid MemberUnitId { get; private init; }
    public DateOnly OccurredOn { get; private init; }
    public string? Reason { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }

    internal static MembershipChange Create(MembershipChangeKind kind, Guid memberUnitId, DateOnly occurredOn, string? reason, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            MemberUnitId = memberUnitId,
            OccurredOn = occurredOn,
            Reason = reason,
            RecordedAt = now.ToStoredPrecision(),
        };
}
