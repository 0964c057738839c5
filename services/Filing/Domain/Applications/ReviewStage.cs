using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// One stage of the filing procedure (Art 11): who must act, by which working day, and how it ended. A stage may be
/// paused while the applicant corrects the materials (the formal review during a correction) and resumed afterwards.
/// </summary>
public sealed class ReviewStage
{
    private readonly List<string> _items = [];

    private ReviewStage()
    {
    }

    public Guid Id { get; private init; }
    public ReviewStageKind Kind { get; private init; }
    /// <summary>The role that acts in this stage, e.g. <c>recommender</c>.</summary>
    public string AssigneeRole { get; private init; } = "";
    /// <summary>Narrows the assignees: the applicant's region code (GB/T 2260) for the recommendation, else null.</summary>
    public string? AssigneeScope { get; private init; }
    public DateTimeOffset OpenedAt { get; private init; }
    /// <summary>The last working day of the stage; it closes at 24:00 Asia/Shanghai of that day.</summary>
    public DateOnly DueOn { get; private set; }
    public DateOnly? PausedOn { get; private set; }
    /// <summary>Working days the stage still had when it was paused: those after the pause day up to the due date.</summary>
    public int? RemainingWorkingDaysWhenPaused { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? Decision { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>The subject of who closed the stage.</summary>
    public string? ClosedBy { get; private set; }
    /// <summary>What the applicant is asked to correct (correction stages only).</summary>
    public IReadOnlyList<string> Items => _items;

    public bool IsClosed => ClosedAt is not null;
    public bool IsPaused => PausedOn is not null;
    public bool IsOpen => !IsClosed && !IsPaused;

    /// <summary>24:00 (Asia/Shanghai) of the due day: acting at or after this instant is late.</summary>
    public DateTimeOffset ClosesAt => ChinaTime.EndOf(DueOn);

    internal static ReviewStage Open(
        ReviewStageKind kind, string assigneeRole, string? assigneeScope, DateOnly dueOn, DateTimeOffset now, IEnumerable<string>? items = null)
    {
        var stage = new ReviewStage
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            AssigneeRole = assigneeRole,
            AssigneeScope = assigneeScope,
            OpenedAt = now.ToStoredPrecision(),
            DueOn = dueOn,
        };
        stage._items.AddRange(items ?? []);
        return stage;
    }

    internal void Pause(DateOnly today, int remainingWorkingDays)
    {
        PausedOn = today;
        RemainingWorkingDaysWhenPaused = remainingWorkingDays;
    }

    internal void Resume(DateOnly dueOn)
    {
        PausedOn = null;
        RemainingWorkingDaysWhenPaused = null;
        DueOn = dueOn;
    }

    internal void Close(string decision, string? reason, Actor actor, DateTimeOffset now)
    {
        PausedOn = null;
        ClosedAt = now.ToStoredPrecision();
        Decision = decision;
        Reason = reason;
        ClosedBy = actor.Subject;
    }
}
