using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>An expert on the application's consultation panel (Art 11-5) and, once given, their opinion.</summary>
public sealed class PanelExpert
{
    private PanelExpert()
    {
    }

    public Guid Id { get; private init; }
    /// <summary>The expert in the expert register.</summary>
    public Guid ExpertId { get; private init; }
    public string Subject { get; private init; } = "";
    public string Name { get; private init; } = "";
    public ExpertKind Kind { get; private init; }
    public string UnitCreditCode { get; private init; } = "";
    public DateTimeOffset AssignedAt { get; private init; }
    public string AssignedBy { get; private init; } = "";
    public ExpertOpinion? Opinion { get; private set; }
    public string? OpinionText { get; private set; }
    public DateTimeOffset? OpinionRecordedAt { get; private set; }
    /// <summary>Set when the admin division took the expert off the panel before an opinion; the entry stays for the record.</summary>
    public DateTimeOffset? RemovedAt { get; private set; }
    public string? RemovedBy { get; private set; }

    public bool IsOnPanel => RemovedAt is null;
    public bool HasOpinion => Opinion is not null;

    internal static PanelExpert Assign(ExpertCandidate candidate, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ExpertId = candidate.ExpertId,
        Subject = candidate.Subject.Trim(),
        Name = candidate.Name.Trim(),
        Kind = candidate.Kind,
        UnitCreditCode = candidate.UnitCreditCode.Trim(),
        AssignedAt = now.ToStoredPrecision(),
        AssignedBy = actor.Subject,
    };

    internal void RecordOpinion(ExpertOpinion opinion, string text, DateTimeOffset now)
    {
        Opinion = opinion;
        OpinionText = text;
        OpinionRecordedAt = now.ToStoredPrecision();
    }

    internal void Remove(Actor actor, DateTimeOffset now)
    {
        RemovedAt = now.ToStoredPrecision();
        RemovedBy = actor.Subject;
    }
}
