namespace AlliancePlatform.Evaluation.Domain;

/// <summary>One step of a campaign, kept for the record (domain.md §7): never edited.</summary>
public sealed class CampaignTransition
{
    private CampaignTransition()
    {
    }

    public Guid Id { get; private init; }
    public CampaignStatus? From { get; private init; }
    public CampaignStatus To { get; private init; }
    public string ActorSubject { get; private init; } = "";
    public string ActorRole { get; private init; } = "";
    public string? Reason { get; private init; }
    public DateTimeOffset At { get; private init; }

    internal static CampaignTransition Record(Actor actor, CampaignStatus? from, CampaignStatus to, string? reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        From = from,
        To = to,
        ActorSubject = actor.Subject,
        ActorRole = actor.Role,
        Reason = reason,
        At = now.Stored(),
    };
}
