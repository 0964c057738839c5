namespace AlliancePlatform.Reporting.Domain;

/// <summary>One step of a report's history: who moved it, when, from where to where, with what decision and why. Never edited.</summary>
public sealed class ReportTransition
{
    private ReportTransition()
    {
    }

    public Guid Id { get; private init; }
    public DateTimeOffset At { get; private init; }
    public string ActorSubject { get; private init; } = "";
    public string ActorRole { get; private init; } = "";
    /// <summary>Null for the creation of the report.</summary>
    public AnnualReportState? From { get; private init; }
    public AnnualReportState To { get; private init; }
    public string Decision { get; private init; } = "";
    public string? Reason { get; private init; }

    internal static ReportTransition Record(
        Actor actor, AnnualReportState? from, AnnualReportState to, string decision, string? reason, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            At = now.Stored(),
            ActorSubject = actor.Subject,
            ActorRole = actor.Role,
            From = from,
            To = to,
            Decision = decision,
            Reason = reason,
        };
}

/// <summary>The decisions recorded in a report's history, as stable snake_case words.</summary>
public static class ReportDecisions
{
    public const string Created = "created";
    public const string Submitted = "submitted";
    public const string Resubmitted = "resubmitted";
    public const string Returned = "returned";
    public const string Accepted = "accepted";
}
