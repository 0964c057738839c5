namespace AlliancePlatform.Portal.Features.MyFiling;

/// <summary>
/// A filing application as Filing's <c>GET /api/filing/applications/{id}</c> answers it (the panel and the meeting's
/// decision, which the applicant is not shown, are left out). Codes stay the API's snake_case strings.
/// </summary>
public sealed record FilingApplication(
    Guid Id, Guid AllianceId, string AllianceName, string IndustryField, string Region, string Status, string StatusName,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, FilingStage? OpenStage, IReadOnlyList<FilingStage> Stages,
    IReadOnlyList<FilingTransition> History, IReadOnlyList<FilingAttachment> Attachments, FilingNotice? Notice,
    IReadOnlyList<FilingObjection> Objections, string? FilingNumber, string? DocumentNumber, DateOnly? FiledOn);

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

/// <summary>The public notice of the application (Art 11-7); objections are taken until <see cref="ClosesAt"/>.</summary>
public sealed record FilingNotice(
    Guid Id, DateOnly OpensOn, DateOnly FirstDay, DateOnly LastDay, int WorkingDays, DateTimeOffset ClosesAt, IReadOnlyList<int> YearsWithoutSchedule);

/// <summary>An objection as the applicant sees it: what was objected, not who objected.</summary>
public sealed record FilingObjection(Guid Id, DateTimeOffset FiledAt, string Content, string Ruling, DateTimeOffset? RuledAt, string? RulingReason);

/// <summary>One row of <c>GET /api/filing/applications</c>.</summary>
public sealed record FilingSummary(
    Guid Id, Guid AllianceId, string AllianceName, string IndustryField, string Region, string Status, string StatusName,
    string? OpenStage, string? AssigneeRole, DateOnly? DueOn, bool Overdue, DateTimeOffset CreatedAt);

/// <summary>A year of the working-day calendar (<c>GET /api/filing/calendar/{year}</c>); not <see cref="Loaded"/>: counted Monday–Friday.</summary>
public sealed record HolidaySchedule(int Year, bool Loaded, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkingDays, string? Source);
