namespace AlliancePlatform.Evaluation.Features.Clock;

/// <summary>An alliance's refusal of assessment in a campaign, already announced (Art 17-2, 21); unique per campaign and alliance.</summary>
public sealed class RaisedRefusal
{
    public Guid CampaignId { get; init; }
    public Guid AllianceId { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
}
