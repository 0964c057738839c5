namespace AlliancePlatform.Membership.Domain;

/// <summary>A seat on the council (理事会), held by a responsible person of a member unit (Art 7-3).</summary>
public sealed class CouncilMember
{
    private CouncilMember()
    {
    }

    public Guid Id { get; private init; }
    public string PersonName { get; private init; } = "";
    public Guid MemberUnitId { get; private init; }
    public CouncilPosition Position { get; private init; }

    internal static CouncilMember Create(string personName, Guid memberUnitId, CouncilPosition position, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PersonName = personName,
        MemberUnitId = memberUnitId,
        Position = position,
    };
}
