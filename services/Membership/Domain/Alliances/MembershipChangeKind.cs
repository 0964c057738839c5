namespace AlliancePlatform.Membership.Domain;

public enum MembershipChangeKind
{
    /// <summary>A unit joined and waits to sign the charter.</summary>
    JoinPending,
    /// <summary>A unit's charter signature made it count as a member.</summary>
    Joined,
    Left,
    ChairUnitChanged,
    SecretaryGeneralUnitChanged,
}
