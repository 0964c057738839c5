using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>One step of an application's history: who moved it, when, from where to where, with what decision and why. Never edited.</summary>
public sealed class FilingTransition
{
    private FilingTransition()
    {
    }

    public Guid Id { get; private init; }
    public DateTimeOffset At { get; private init; }
    public string ActorSubject { get; private init; } = "";
    public string ActorRole { get; private init; } = "";
    /// <summary>Null for the creation of the application.</summary>
    public FilingStatus? From { get; private init; }
    public FilingStatus To { get; private init; }
    public string Decision { get; private init; } = "";
    public string? Reason { get; private init; }

    internal static FilingTransition Record(Actor actor, FilingStatus? from, FilingStatus to, string decision, string? reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        At = now.ToStoredPrecision(),
        ActorSubject = actor.Subject,
        ActorRole = actor.Role,
        From = from,
        To = to,
        Decision = decision,
        Reason = reason,
    };
}
