namespace AlliancePlatform.Filing.Domain;

/// <summary>Something that happened to a filing application, kept on the aggregate until the service layer publishes it.</summary>
public interface IFilingEvent
{
    Guid ApplicationId { get; }
    Guid AllianceId { get; }
    DateTimeOffset OccurredAt { get; }
}

/// <summary>The applicant submitted (or, after a return, resubmitted) the application for recommendation (Art 11-1).</summary>
public sealed record ApplicationSubmitted(Guid ApplicationId, Guid AllianceId, string Region, DateOnly RecommendationDueOn, DateTimeOffset OccurredAt)
    : IFilingEvent;

/// <summary>A stage ended with a decision that moves the application on (recommended, passed, resubmitted, consulted, approved).</summary>
public sealed record StageCompleted(Guid ApplicationId, Guid AllianceId, ReviewStageKind Stage, string Decision, string? Reason, DateTimeOffset OccurredAt)
    : IFilingEvent;

/// <summary>The recommender sent the application back to the applicant (Art 11-2).</summary>
public sealed record ApplicationReturned(Guid ApplicationId, Guid AllianceId, string Reason, DateTimeOffset OccurredAt) : IFilingEvent;

/// <summary>The secretariat asked for a correction by the last working day <paramref name="DueOn"/> (Art 11-3).</summary>
public sealed record CorrectionRequested(
    Guid ApplicationId, Guid AllianceId, string Reason, IReadOnlyList<string> Items, DateOnly DueOn, DateTimeOffset ClosesAt, DateTimeOffset OccurredAt)
    : IFilingEvent;

public sealed record ApplicationRejected(Guid ApplicationId, Guid AllianceId, ReviewStageKind AtStage, string Reason, DateTimeOffset OccurredAt)
    : IFilingEvent;

/// <summary>The department meeting approved the filing and the public notice began (Art 11-6, 11-7).</summary>
public sealed record PublicNoticeStarted(Guid ApplicationId, Guid AllianceId, PublicNotice Notice, DateTimeOffset OccurredAt) : IFilingEvent;

public sealed record ObjectionFiled(Guid ApplicationId, Guid AllianceId, Guid ObjectionId, DateTimeOffset OccurredAt) : IFilingEvent;

/// <summary>The alliance is filed and published (Art 11-8).</summary>
public sealed record ApplicationFiled(
    Guid ApplicationId, Guid AllianceId, string FilingNumber, string DocumentNumber, DateOnly FiledOn, DateTimeOffset OccurredAt)
    : IFilingEvent;

/// <summary>The correction deadline passed without a resubmission (Art 11-3).</summary>
public sealed record ApplicationLapsed(Guid ApplicationId, Guid AllianceId, DateTimeOffset OccurredAt) : IFilingEvent;

public sealed record ApplicationWithdrawn(Guid ApplicationId, Guid AllianceId, string? Reason, DateTimeOffset OccurredAt) : IFilingEvent;
