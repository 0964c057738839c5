using AlliancePlatform.Evaluation.Domain;

namespace AlliancePlatform.Evaluation.Features.Campaigns;

public sealed record WindowsRequest(DateOnly SelfAssessmentOpensOn, DateOnly SelfAssessmentClosesOn, DateOnly ExpertReviewOpensOn, DateOnly ExpertReviewClosesOn)
{
    public CampaignWindows ToWindows() => new(SelfAssessmentOpensOn, SelfAssessmentClosesOn, ExpertReviewOpensOn, ExpertReviewClosesOn);
}

public sealed record IndicatorResponse(
    Guid Id, int Order, string Code, string Name, Dimension Dimension, decimal Weight, decimal MaxScore, string ScoringGuide, string? SourceField)
{
    public static IndicatorResponse For(Indicator i) => new(i.Id, i.Order, i.Code, i.Name, i.Dimension, i.Weight, i.MaxScore, i.ScoringGuide, i.SourceField);
}

/// <param name="SelfAssessmentRefusedAt">Set when the self-assessment window closed without a submitted self-assessment (Art 21, 17-2).</param>
/// <param name="Composite">The composite of the expert totals (Art 22), once the review has closed.</param>
/// <param name="ProposedGrade">The grade the composite gives under the campaign's thresholds; <paramref name="Grade"/> is where it stands after any adjustment.</param>
public sealed record CampaignAllianceResponse(
    Guid AllianceId, string Name, string IndustryField, string Region, DateTimeOffset? SelfAssessmentRefusedAt,
    int? ExpertsCounted, decimal? Composite, decimal? OrganisationBuildingScore, decimal? ActivitiesScore, decimal? InnovationImpactScore,
    string? ProposedGrade, string? Grade, bool IsAdjusted)
{
    public static CampaignAllianceResponse For(CampaignAlliance a, bool showsGrade) => showsGrade
        ? new(a.AllianceId, a.Name, a.IndustryField, a.Region, a.SelfAssessmentRefusedAt, a.ExpertsCounted, a.Composite,
            a.OrganisationBuildingScore, a.ActivitiesScore, a.InnovationImpactScore, a.ProposedGrade?.ToString(), a.Grade?.ToString(), a.IsAdjusted)
        : new(a.AllianceId, a.Name, a.IndustryField, a.Region, a.SelfAssessmentRefusedAt, null, null, null, null, null, null, null, false);
}

/// <param name="From">The grade before ("A" to "D"), null when none was proposed.</param>
public sealed record GradeAdjustmentResponse(Guid AllianceId, string? From, string To, string Reason, DateTimeOffset AdjustedAt);

/// <param name="ClosesAt">24:00 (Asia/Shanghai) of the last working day; the grades are published after it.</param>
public sealed record GradeNoticeResponse(DateOnly FirstDay, DateOnly LastDay, int WorkingDays, DateTimeOffset ClosesAt, string? YearsWithoutSchedule);

/// <param name="Thresholds">The lowest composite of A, B and C the grades were proposed under.</param>
public sealed record GradingResponse(
    GradeThresholds? Thresholds, IReadOnlyList<GradeAdjustmentResponse> Adjustments, DepartmentMeetingDecision? MeetingDecision,
    GradeNoticeResponse? Notice, DateOnly? PublishedOn)
{
    public static GradingResponse For(EvaluationCampaign c) => new(
        c.Thresholds,
        [.. c.Adjustments.OrderBy(a => a.AdjustedAt).Select(a => new GradeAdjustmentResponse(a.AllianceId, a.From?.ToString(), a.To.ToString(), a.Reason, a.AdjustedAt))],
        c.MeetingDecision,
        c.Notice is { } n ? new GradeNoticeResponse(n.FirstDay, n.LastDay, n.WorkingDays, n.ClosesAt, n.YearsWithoutSchedule is { Length: > 0 } y ? y : null) : null,
        c.PublishedOn);
}

public sealed record CampaignTransitionResponse(DateTimeOffset At, string ActorRole, CampaignStatus? From, CampaignStatus To, string? Reason);

/// <param name="Alliances">Every alliance in scope for the provincial officials; an applicant sees only its own, and its grade once the grades are on public notice.</param>
/// <param name="Grading">From the close of the expert review on: thresholds, adjustments (officials only), the meeting decision, the notice, publication.</param>
public sealed record CampaignResponse(
    Guid Id, int Year, string Title, CampaignStatus Status, string StatusName, WindowsRequest Windows, DateTimeOffset CreatedAt, DateTimeOffset? OpenedAt,
    bool IsPlanFrozen, IReadOnlyList<IndicatorResponse> Indicators, int AlliancesInScope, IReadOnlyList<CampaignAllianceResponse> Alliances,
    IReadOnlyList<CampaignTransitionResponse> History, GradingResponse? Grading)
{
    /// <param name="official">The caller is a provincial official: grades from the close of the review, with the adjustments and their reasons.</param>
    public static CampaignResponse For(EvaluationCampaign c, Func<Guid, bool> shows, bool official)
    {
        var showsGrades = official || c.Status >= CampaignStatus.Notice;
        var grading = c.Status < CampaignStatus.Grading || !showsGrades ? null : GradingResponse.For(c);
        return For(c, shows, showsGrades, official || grading is null ? grading : grading with { Adjustments = [] });
    }

    private static CampaignResponse For(EvaluationCampaign c, Func<Guid, bool> shows, bool showsGrades, GradingResponse? grading) => new(
        c.Id, c.Year, c.Title, c.Status, $"{c.Status.NameZh()} / {c.Status.NameEn()}",
        new WindowsRequest(c.Windows.SelfAssessmentOpensOn, c.Windows.SelfAssessmentClosesOn, c.Windows.ExpertReviewOpensOn, c.Windows.ExpertReviewClosesOn),
        c.CreatedAt, c.OpenedAt, c.IsPlanFrozen,
        [.. c.Indicators.OrderBy(i => i.Order).Select(IndicatorResponse.For)],
        c.Alliances.Count,
        [.. c.Alliances.Where(a => shows(a.AllianceId)).OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => CampaignAllianceResponse.For(a, showsGrades))],
        [.. c.History.OrderBy(h => h.At).Select(h => new CampaignTransitionResponse(h.At, h.ActorRole, h.From, h.To, h.Reason))],
        grading);
}

public sealed record CampaignSummary(Guid Id, int Year, string Title, CampaignStatus Status, int AlliancesInScope);
