using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The date on which the alliance took one formation step (Art 7).</summary>
public sealed class FormationStepRecord
{
    private FormationStepRecord()
    {
    }

    public Guid Id { get; private init; }
    public FormationStep Step { get; private init; }
    public DateOnly TakenOn { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }

    internal static FormationStepRecord Create(FormationStep step, DateOnly takenOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Step = step,
        TakenOn = takenOn,
        RecordedAt = now.ToStoredPrecision(),
    };
}
