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
public sealed record CampaignAllianceResponse(Guid AllianceId, string Name, string IndustryField, string Region, DateTimeOffset? SelfAssessmentRefusedAt)
{
    public static CampaignAllianceResponse For(CampaignAlliance a) => new(a.AllianceId, a.Name, a.IndustryField, a.Region, a.SelfAssessmentRefusedAt);
}

public sealed record CampaignTransitionResponse(DateTimeOffset At, string ActorRole, CampaignStatus? From, CampaignStatus To, string? Reason);

/// <param name="Alliances">Every alliance in scope for the provincial officials; an applicant sees only its own.</param>
public sealed record CampaignResponse(
    Guid Id, int Year, string Title, CampaignStatus Status, string StatusName, WindowsRequest Windows, DateTimeOffset CreatedAt, DateTimeOffset? OpenedAt,
    bool IsPlanFrozen, IReadOnlyList<IndicatorResponse> Indicators, int AlliancesInScope, IReadOnlyList<CampaignAllianceResponse> Alliances,
    IReadOnlyList<CampaignTransitionResponse> History)
{
    public static CampaignResponse For(EvaluationCampaign c, Func<Guid, bool> shows) => new(
        c.Id, c.Year, c.Title, c.Status, $"{c.Status.NameZh()} / {c.Status.NameEn()}",
        new WindowsRequest(c.Windows.SelfAssessmentOpensOn, c.Windows.SelfAssessmentClosesOn, c.Windows.ExpertReviewOpensOn, c.Windows.ExpertReviewClosesOn),
        c.CreatedAt, c.OpenedAt, c.IsPlanFrozen,
        [.. c.Indicators.OrderBy(i => i.Order).Select(IndicatorResponse.For)],
        c.Alliances.Count,
        [.. c.Alliances.Where(a => shows(a.AllianceId)).OrderBy(a => a.Name, StringComparer.Ordinal).Select(CampaignAllianceResponse.For)],
        [.. c.History.OrderBy(h => h.At).Select(h => new CampaignTransitionResponse(h.At, h.ActorRole, h.From, h.To, h.Reason))]);
}

public sealed record CampaignSummary(Guid Id, int Year, string Title, CampaignStatus Status, int AlliancesInScope);
