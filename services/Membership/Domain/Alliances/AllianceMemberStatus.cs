namespace AlliancePlatform.Membership.Domain;

public enum AllianceMemberStatus
{
    /// <summary>Has joined but not yet signed the charter: does not count as a member (Art 6-2).</summary>
    Pending,
    /// <summary>Has signed the effective charter version, or the version whose adoption made it effective.</summary>
    Current,
    Left,
}
