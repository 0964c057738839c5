namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// The stages of an evaluation campaign, in order: the plan is drafted, frozen when the notice goes out (Art 20-21),
/// alliances assess themselves (Art 21), experts score (Art 22), grades are proposed and decided, publicly noticed and
/// published (Art 23).
/// </summary>
public enum CampaignStatus
{
    Draft,
    /// <summary>The evaluation notice is out and the plan frozen; the self-assessment window has not opened yet.</summary>
    Open,
    SelfAssessment,
    ExpertReview,
    /// <summary>The review has closed: grades are proposed from the composites and may be adjusted before the meeting.</summary>
    Grading,
    Notice,
    Published,
}

public static class CampaignStatusNames
{
    public static string NameZh(this CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => "方案起草",
        CampaignStatus.Open => "已下发评价通知",
        CampaignStatus.SelfAssessment => "联盟自评",
        CampaignStatus.ExpertReview => "专家评审",
        CampaignStatus.Grading => "评价意见",
        CampaignStatus.Notice => "结果公示",
        CampaignStatus.Published => "结果已发布",
        _ => status.ToString(),
    };

    public static string NameEn(this CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => "a draft plan",
        CampaignStatus.Open => "announced (plan frozen)",
        CampaignStatus.SelfAssessment => "in self-assessment",
        CampaignStatus.ExpertReview => "in expert review",
        CampaignStatus.Grading => "in grading",
        CampaignStatus.Notice => "on public notice",
        CampaignStatus.Published => "published",
        _ => status.ToString(),
    };
}
