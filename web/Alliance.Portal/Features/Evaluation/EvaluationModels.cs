namespace AlliancePlatform.Portal.Features.Evaluation;

// The shapes Evaluation answers (services/Evaluation/Features/...); enums arrive as snake_case strings.

/// <summary>One row of <c>GET /api/evaluation/campaigns</c>.</summary>
public sealed record CampaignSummary(Guid Id, int Year, string Title, string Status, int AlliancesInScope);

public sealed record CampaignWindows(DateOnly SelfAssessmentOpensOn, DateOnly SelfAssessmentClosesOn, DateOnly ExpertReviewOpensOn, DateOnly ExpertReviewClosesOn);

/// <param name="Dimension">organisation_building, activities or innovation_impact.</param>
/// <param name="SourceField">The annual report's figure a quantitative indicator is pre-filled from; null for a qualitative one.</param>
public sealed record PlanIndicator(
    Guid Id, int Order, string Code, string Name, string Dimension, decimal Weight, decimal MaxScore, string ScoringGuide, string? SourceField);

public sealed record CampaignAlliance(
    Guid AllianceId, string Name, string IndustryField, string Region, DateTimeOffset? SelfAssessmentRefusedAt,
    int? ExpertsCounted, decimal? Composite, string? ProposedGrade, string? Grade, bool IsAdjusted);

public sealed record MeetingDecision(DateOnly MeetingOn, string MeetingReference);

public sealed record GradeNotice(DateOnly FirstDay, DateOnly LastDay, int WorkingDays, DateTimeOffset ClosesAt);

public sealed record CampaignGrading(MeetingDecision? MeetingDecision, GradeNotice? Notice, DateOnly? PublishedOn);

/// <summary><c>GET /api/evaluation/campaigns/{id}</c>: the plan, the windows and the alliances the caller may see.</summary>
public sealed record Campaign(
    Guid Id, int Year, string Title, string Status, string StatusName, CampaignWindows Windows, DateTimeOffset CreatedAt, DateTimeOffset? OpenedAt,
    bool IsPlanFrozen, IReadOnlyList<PlanIndicator> Indicators, int AlliancesInScope, IReadOnlyList<CampaignAlliance> Alliances, CampaignGrading? Grading);

public sealed record ExpertScore(Guid IndicatorId, string Code, decimal Score, DateTimeOffset RecordedAt);

public sealed record ReviewSheet(
    Guid ExpertId, string AccountName, string Name, string UnitCreditCode, DateTimeOffset AssignedAt, DateTimeOffset? SubmittedAt,
    decimal Total, IReadOnlyList<ExpertScore> Scores);

/// <summary>An alliance's expert review; an expert is answered only their own sheet until it closes.</summary>
public sealed record Review(Guid Id, Guid CampaignId, Guid AllianceId, DateTimeOffset CreatedAt, bool IsClosed, int ExpertsAssigned, IReadOnlyList<ReviewSheet> Sheets);

/// <param name="ReportedValue">The accepted annual report's figure the platform filled in (quantitative indicators).</param>
public sealed record SelfAssessmentItem(Guid IndicatorId, string Code, decimal? ReportedValue, decimal? Score, IReadOnlyList<Guid> Evidence, DateTimeOffset? ScoredAt);

public sealed record EvidenceFile(Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt);

/// <param name="Status">draft, submitted, returned or accepted.</param>
public sealed record SelfAssessment(
    Guid Id, Guid CampaignId, Guid AllianceId, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? CheckedAt,
    string? ReturnReason, IReadOnlyList<SelfAssessmentItem> Items, IReadOnlyList<string> MissingIndicators, IReadOnlyList<EvidenceFile> Files);

public sealed record RankingRow(
    int Rank, Guid AllianceId, string Alliance, string IndustryField, string Region, decimal? Composite, string Grade,
    decimal? OrganisationBuilding, decimal? Activities, decimal? InnovationImpact);

public sealed record GradeDistribution(int A, int B, int C, int D);

/// <summary><c>GET /api/evaluation/campaigns/{id}/report</c>, once grades are proposed.</summary>
public sealed record CampaignReport(Guid CampaignId, int Year, string Title, string Status, IReadOnlyList<RankingRow> Ranking, GradeDistribution Distribution);

/// <summary>An expert on Filing's roster (<c>GET /api/filing/experts</c>).</summary>
public sealed record RosterExpert(Guid Id, string AccountName, string Name, string Kind, string UnitCreditCode, string UnitName, string? Specialty);
