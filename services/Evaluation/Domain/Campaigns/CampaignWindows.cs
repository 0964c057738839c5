using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// The windows of a campaign as calendar days in China: each opens at 00:00 of its first day and closes at 24:00 of its
/// last (Asia/Shanghai). The expert review opens after the self-assessment has closed.
/// </summary>
public sealed record CampaignWindows
{
    /// <summary>For EF Core, which sets the properties.</summary>
    private CampaignWindows()
    {
    }

    public CampaignWindows(DateOnly selfAssessmentOpensOn, DateOnly selfAssessmentClosesOn, DateOnly expertReviewOpensOn, DateOnly expertReviewClosesOn)
    {
        Require(selfAssessmentOpensOn <= selfAssessmentClosesOn, CampaignRules.WindowsInvalid);
        Require(selfAssessmentClosesOn < expertReviewOpensOn, CampaignRules.WindowsInvalid);
        Require(expertReviewOpensOn <= expertReviewClosesOn, CampaignRules.WindowsInvalid);
        SelfAssessmentOpensOn = selfAssessmentOpensOn;
        SelfAssessmentClosesOn = selfAssessmentClosesOn;
        ExpertReviewOpensOn = expertReviewOpensOn;
        ExpertReviewClosesOn = expertReviewClosesOn;
    }

    public DateOnly SelfAssessmentOpensOn { get; private init; }
    public DateOnly SelfAssessmentClosesOn { get; private init; }
    public DateOnly ExpertReviewOpensOn { get; private init; }
    public DateOnly ExpertReviewClosesOn { get; private init; }

    public DateTimeOffset SelfAssessmentClosesAt => ChinaTime.EndOf(SelfAssessmentClosesOn);
    public DateTimeOffset ExpertReviewClosesAt => ChinaTime.EndOf(ExpertReviewClosesOn);

    public bool IsSelfAssessmentOpenAt(DateTimeOffset now) => ChinaTime.StartOf(SelfAssessmentOpensOn) <= now && now < SelfAssessmentClosesAt;

    public bool IsExpertReviewOpenAt(DateTimeOffset now) => ChinaTime.StartOf(ExpertReviewOpensOn) <= now && now < ExpertReviewClosesAt;
}
