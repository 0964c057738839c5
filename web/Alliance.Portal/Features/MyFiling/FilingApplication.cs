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

/// <summary>The public notice of the application (Art 11-7); objections are taken until <see cref="ClosesAt"/>.</summary>
public sealed record FilingNotice(
    Guid Id, DateOnly OpensOn, DateOnly FirstDay, DateOnly LastDay, int WorkingDays, DateTimeOffset ClosesAt, IReadOnlyList<int> YearsWithoutSchedule);

/// <summary>An objection as the applicant sees it: what was objected, not who objected.</summary>
public sealed record FilingObjection(Guid Id, DateTimeOffset FiledAt, string Content, string Ruling, DateTimeOffset? RuledAt, string? RulingReason);
