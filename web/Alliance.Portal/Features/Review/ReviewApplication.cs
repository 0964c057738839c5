namespace AlliancePlatform.Portal.Features.Review;

/// <summary>A filing application as Filing's <c>GET /api/filing/applications/{id}</c> gives it; codes are the API's snake_case strings.</summary>
public sealed record ReviewApplication(
    Guid Id, Guid AllianceId, string AllianceName, string IndustryField, string Region, string Status, string StatusName,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, FilingStage? OpenStage, IReadOnlyList<FilingStage> Stages,
    IReadOnlyList<FilingTransition> History, IReadOnlyList<FilingAttachment> Attachments, IReadOnlyList<PanelExpert> Panel,
    string? ConsolidatedOpinion, MeetingDecision? MeetingDecision, ReviewNotice? Notice, IReadOnlyList<ReviewObjection> Objections,
    string? FilingNumber, string? DocumentNumber, DateOnly? FiledOn);

/// <summary>An expert on the panel; an expert sees only their own entry, an applicant none (the API filters).</summary>
public sealed record PanelExpert(
    Guid ExpertId, string Name, string Kind, string UnitCreditCode, DateTimeOffset AssignedAt, string? Opinion, string? OpinionText,
    DateTimeOffset? OpinionRecordedAt);

public sealed record MeetingDecision(DateOnly MeetingOn, string MeetingReference, bool Approved, string Reason);

public sealed record ReviewNotice(Guid Id, DateOnly OpensOn, DateOnly FirstDay, DateOnly LastDay, int WorkingDays, DateTimeOffset ClosesAt);

/// <param name="Ruling">pending, upheld or rejected.</param>
public sealed record ReviewObjection(
    Guid Id, DateTimeOffset FiledAt, string? Name, string? Contact, string Content, string Ruling, DateTimeOffset? RuledAt, string? RulingReason);

/// <summary>One expert on the roster (<c>GET /api/filing/experts</c>).</summary>
/// <param name="Kind">science_technology_management or industry.</param>
public sealed record RosterExpert(Guid Id, string AccountName, string Name, string Kind, string UnitCreditCode, string UnitName, string? Specialty);
