namespace AlliancePlatform.Filing.Messaging;

/// <summary>
/// A unit's membership of an alliance, kept from Membership's events; experts from current member units have a
/// conflict of interest. Joins and departures arrive on separate queues, so the later event wins, not the later delivery.
/// </summary>
public sealed class MemberUnitProjection
{
    public Guid AllianceId { get; init; }
    public Guid MemberUnitId { get; init; }
    public string Name { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public string UnitType { get; set; } = "";
    public string Region { get; set; } = "";
    public bool IsCurrentMember { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
