namespace AlliancePlatform.Portal.Features.Reports;

/// <summary>An alliance the applicant acts for (Membership's <c>/api/membership/alliances</c>).</summary>
public sealed record MyAlliance(Guid Id, string Name, string IndustryField);

/// <summary>A year the alliance owes a report for (Reporting's <c>…/obligations</c>).</summary>
/// <param name="Status">not_due, due, submitted_on_time, submitted_late or missing.</param>
/// <param name="ReportState">draft, submitted, returned or accepted; null while no report was started.</param>
public sealed record ReportObligation(
    int Year, DateOnly DueOn, string Status, int? WorkingDaysLeft, int? DaysLate, int? DaysOverdue, string? ReportState, DateOnly? SubmittedOn);

/// <summary>An uploaded file as the API describes it (a report's attachment, an achievement's evidence).</summary>
public sealed record UploadedFile(Guid Id, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt);

/// <summary>A step in a report's review.</summary>
public sealed record ReportTransition(DateTimeOffset At, string ActorRole, string? From, string To, string Decision, string? Reason);

/// <summary>An annual report (Reporting's <c>…/reports/{year}</c>).</summary>
/// <param name="State">draft, submitted, returned or accepted.</param>
/// <param name="Content">The figures by the API's names (<c>jointProjects</c>, <c>income</c>, …): counts and amounts in yuan,
/// beside derived values that are not numbers (<c>showsActivity</c>), hence read as JSON.</param>
public sealed record AnnualReport(
    Guid Id, Guid AllianceId, int Year, string State, IReadOnlyDictionary<string, System.Text.Json.JsonElement> Content, string? Summary, DateTimeOffset? FirstSubmittedAt,
    DateTimeOffset? LastSubmittedAt, string? ReturnReason, DateTimeOffset? AcceptedAt, ReportObligation Obligation,
    IReadOnlyList<ReportTransition> History, IReadOnlyList<UploadedFile> Attachments);

/// <summary>A registered achievement (Reporting's <c>…/achievements</c>).</summary>
/// <param name="Type">patent, standard, product, technology or transfer_contract.</param>
public sealed record Achievement(
    Guid Id, Guid AllianceId, string Type, string Title, DateOnly Date, decimal? Value, IReadOnlyList<UploadedFile> Evidence, DateTimeOffset RegisteredAt);
