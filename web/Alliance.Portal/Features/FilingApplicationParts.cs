namespace AlliancePlatform.Portal.Features;

// The parts of Filing's application answers that the applicant's pages and the reviewers' pages both read.

/// <summary>One stage of Art 11: who acts, by which working day (it closes at 24:00 China time, <see cref="DueAt"/>), and how it ended.</summary>
public sealed record FilingStage(
    Guid Id, string Kind, string AssigneeRole, string? AssigneeScope, DateTimeOffset OpenedAt, DateOnly DueOn, DateTimeOffset DueAt,
    DateOnly? PausedOn, int? RemainingWorkingDaysWhenPaused, DateTimeOffset? ClosedAt, string? Decision, string? Reason,
    IReadOnlyList<string> Items)
{
    public bool IsClosed => ClosedAt is not null;
    public bool IsPaused => !IsClosed && PausedOn is not null;
    public bool IsRunning => !IsClosed && PausedOn is null;
}

/// <summary>One step of the application's history; <see cref="From"/> is null for its creation.</summary>
public sealed record FilingTransition(DateTimeOffset At, string ActorRole, string? From, string To, string Decision, string? Reason);

public sealed record FilingAttachment(Guid Id, string Kind, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt);

/// <summary>One row of <c>GET /api/filing/applications</c>.</summary>
public sealed record FilingSummary(
    Guid Id, Guid AllianceId, string AllianceName, string IndustryField, string Region, string Status, string StatusName,
    string? OpenStage, string? AssigneeRole, DateOnly? DueOn, bool Overdue, DateTimeOffset CreatedAt);
