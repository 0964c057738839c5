namespace AlliancePlatform.Filing.Messaging;

/// <summary>Filing's copy of an alliance registered in Membership, kept from Membership's events.</summary>
public sealed class AllianceProjection
{
    public Guid AllianceId { get; init; }
    public string Name { get; set; } = "";
    public string IndustryField { get; set; } = "";
    public DateTimeOffset RegisteredAt { get; init; }
    /// <summary>The unit whose applicant registered the alliance; empty for messages from before it was sent.</summary>
    public string RegisteredByOrganization { get; init; } = "";
    /// <summary>When this service applied the event; with <see cref="RegisteredAt"/> it measures event latency.</summary>
    public DateTimeOffset ProjectedAt { get; init; }
}
