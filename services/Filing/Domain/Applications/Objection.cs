using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>How the admin division ruled on an objection; serialized in snake_case.</summary>
public enum ObjectionRuling
{
    Pending,
    Upheld,
    Rejected,
}

/// <summary>What a member of the public sends to object during the notice period (Art 11-7, 11-8).</summary>
public sealed record ObjectionSubmission(string Name, string Contact, string Content);

/// <summary>An objection filed during the public notice and the admin division's ruling on it.</summary>
public sealed class Objection
{
    private Objection()
    {
    }

    public Guid Id { get; private init; }
    public DateTimeOffset FiledAt { get; private init; }
    public string Name { get; private init; } = "";
    public string Contact { get; private init; } = "";
    public string Content { get; private init; } = "";
    public ObjectionRuling Ruling { get; private set; }
    public DateTimeOffset? RuledAt { get; private set; }
    public string? RuledBy { get; private set; }
    public string? RulingReason { get; private set; }

    public bool IsPending => Ruling == ObjectionRuling.Pending;

    internal static Objection File(string name, string contact, string content, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        FiledAt = now.ToStoredPrecision(),
        Name = name,
        Contact = contact,
        Content = content,
        Ruling = ObjectionRuling.Pending,
    };

    internal void Rule(bool upheld, string reason, Actor actor, DateTimeOffset now)
    {
        Ruling = upheld ? ObjectionRuling.Upheld : ObjectionRuling.Rejected;
        RuledAt = now.ToStoredPrecision();
        RuledBy = actor.Subject;
        RulingReason = reason;
    }
}
