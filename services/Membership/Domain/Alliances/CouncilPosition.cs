namespace AlliancePlatform.Membership.Domain;

public enum CouncilPosition
{
    /// <summary>理事长, elected at the founding meeting (Art 7-3).</summary>
    Chair,
    /// <summary>副理事长.</summary>
    ViceChair,
    /// <summary>理事.</summary>
    Member,
}
