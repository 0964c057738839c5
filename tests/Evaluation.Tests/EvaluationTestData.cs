using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Files;
using AlliancePlatform.WorkingDays;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>
/// A 2026 campaign: self-assessment 1-15 September, expert review 16-25 September, so that grades decided on Tuesday
/// 29 September go on notice across the National Day holiday (1-7 October, Saturday 10 October worked).
/// </summary>
internal static class EvaluationTestData
{
    public static readonly Actor Admin = new("admin-1", PlatformRoles.AdminDivision, "11230000MB0000000A");
    public static readonly Actor Secretariat = new("secretariat-1", PlatformRoles.Secretariat, "12230000MB0000000S");
    public static readonly Actor Applicant = new("applicant-1", PlatformRoles.Applicant, "91230100MA00000001");

    public static readonly CampaignWindows Days = new(
        new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 15), new DateOnly(2026, 9, 16), new DateOnly(2026, 9, 25));

    public static readonly DateTimeOffset Drafted = At(2026, 8, 3);
    public static readonly DateTimeOffset SelfAssessing = At(2026, 9, 2);
    public static readonly DateTimeOffset Reviewing = At(2026, 9, 17);
    public static readonly DateTimeOffset AfterReview = At(2026, 9, 28);

    public static WorkingDayCalendar Calendar { get; } = new(ChinaHolidaySchedules.All);

    /// <summary>A time of day in China (10:00 unless said).</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static Actor Expert(int n) => new($"expert-{n}", PlatformRoles.Expert, $"EXPERT-UNIT-{n}");

    public static ExpertCandidate Candidate(int n) => new(ExpertId(n), $"expert-{n}", $"专家{n}", $"EXPERT-UNIT-{n}");

    public static Guid ExpertId(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public static AllianceInScope Alliance(int n, string field = "新材料", string region = "230100") =>
        new(new Guid($"10000000-0000-0000-0000-{n:D12}"), $"联盟{n:D4}", field, region);

    /// <summary>One indicator per dimension, each scored out of 100: scoring every indicator T gives a total of exactly T.</summary>
    public static IReadOnlyList<IndicatorDefinition> Plan() =>
    [
        new("O1", "组织机构健全", Dimension.OrganisationBuilding, 30m, 100m, "章程、理事会、秘书处齐全得满分"),
        new("A1", "联合研发与交流活动", Dimension.Activities, 40m, 100m, "按年度活动次数计分", "activities"),
        new("I1", "成果转化与产业带动", Dimension.InnovationImpact, 30m, 100m, "按成果转化合同金额计分", "transferContractValue"),
    ];

    public static EvaluationCampaign Draft(int alliances = 3, IReadOnlyList<IndicatorDefinition>? plan = null)
    {
        var campaign = EvaluationCampaign.Create(
            Admin, 2026, "2026年度产业技术创新联盟活跃度评价", Days, Enumerable.Range(1, alliances).Select(n => Alliance(n)), Drafted);
        campaign.DefinePlan(Admin, plan ?? Plan(), Drafted);
        return campaign;
    }

    public static EvaluationCampaign Opened(int alliances = 3, IReadOnlyList<IndicatorDefinition>? plan = null)
    {
        var campaign = Draft(alliances, plan);
        campaign.Open(Admin, Drafted);
        return campaign;
    }

    public static EvaluationCampaign InSelfAssessment(int alliances = 3, IReadOnlyList<IndicatorDefinition>? plan = null)
    {
        var campaign = Opened(alliances, plan);
        campaign.StartSelfAssessment(Secretariat, At(2026, 9, 1, 8));
        return campaign;
    }

    public static EvaluationCampaign InExpertReview(int alliances = 3, IReadOnlyList<IndicatorDefinition>? plan = null)
    {
        var campaign = InSelfAssessment(alliances, plan);
        campaign.StartExpertReview(Admin, At(2026, 9, 16, 9));
        return campaign;
    }

    /// <summary>A review of alliance <paramref name="alliance"/> whose experts each hand in a sheet with every indicator scored at the given total.</summary>
    public static ExpertReview ReviewWithTotals(EvaluationCampaign campaign, int alliance, params decimal[] totals)
    {
        var review = ExpertReview.Create(Admin, campaign, Alliance(alliance).AllianceId, Reviewing);
        for (var n = 1; n <= totals.Length; n++)
        {
            review.AssignExpert(Admin, campaign, Candidate(n), [], Reviewing);
            foreach (var indicator in campaign.Indicators)
            {
                review.Score(Expert(n), campaign, indicator.Id, totals[n - 1] * indicator.MaxScore / 100m, Reviewing);
            }

            review.SubmitScores(Expert(n), campaign, Reviewing);
        }

        return review;
    }

    public static SelfAssessment SubmittedSelfAssessment(EvaluationCampaign campaign, int alliance)
    {
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(alliance).AllianceId, SelfAssessing);
        foreach (var indicator in campaign.Indicators)
        {
            assessment.Score(Applicant, campaign, indicator.Id, indicator.MaxScore / 2, [Uploaded(assessment, campaign)], SelfAssessing);
        }

        assessment.Submit(Applicant, campaign, SelfAssessing);
        return assessment;
    }

    /// <summary>A PDF of evidence uploaded to <paramref name="assessment"/>; its id.</summary>
    public static Guid Uploaded(SelfAssessment assessment, EvaluationCampaign campaign, string fileName = "证明材料.pdf") =>
        assessment.AttachEvidence(Applicant, campaign, EvidencePdf(fileName), SelfAssessing).Id;

    /// <summary>A PDF as it passed the upload checks.</summary>
    public static InspectedAttachment EvidencePdf(string fileName = "证明材料.pdf") => new(fileName, "application/pdf", 1024, new string('a', 64));

    public static Indicator Indicator(EvaluationCampaign campaign, string code) => campaign.Indicators.Single(i => i.Code == code);

    /// <summary>The violation <paramref name="act"/> throws.</summary>
    public static RuleViolation Violation(Action act) => Assert.Throws<RuleViolationException>(act).Violation;
}
