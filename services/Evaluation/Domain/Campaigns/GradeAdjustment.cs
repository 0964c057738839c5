namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The admin division changed a proposed grade before the department meeting (Art 22-23), with its reason.</summary>
public sealed class GradeAdjustment
{
    private GradeAdjustment()
    {
    }

    public Guid Id { get; private init; }
    public Guid AllianceId { get; private init; }
    public Grade? From { get; private init; }
    public Grade To { get; private init; }
    public string Reason { get; private init; } = "";
    public string AdjustedBy { get; private init; } = "";
    public DateTimeOffset AdjustedAt { get; private init; }

    internal static GradeAdjustment Record(Guid allianceId, Grade? from, Grade to, string reason, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AllianceId = allianceId,
        From = from,
        To = to,
        Reason = reason,
        AdjustedBy = actor.Subject,
        AdjustedAt = now.Stored(),
    };
}
