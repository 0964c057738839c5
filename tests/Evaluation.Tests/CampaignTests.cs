using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>The campaign (Art 19), its plan (Art 20) and the evaluation notice that freezes it (Art 21).</summary>
public class CampaignTests
{
    [Fact]
    public void Art19_Create_ByAdminDivision_IsADraftOverTheAlliancesGiven()
    {
        var campaign = Draft(alliances: 3);

        Assert.Equal(CampaignStatus.Draft, campaign.Status);
        Assert.Equal(2026, campaign.Year);
        Assert.Equal(3, campaign.Alliances.Count);
        Assert.False(campaign.IsPlanFrozen);
        Assert.Equal(7, campaign.Id.Version);
        Assert.Equal(CampaignStatus.Draft, Assert.Single(campaign.History).To);
    }

    [Fact]
    public void Art19_Create_ByAnotherRole_IsRefused()
    {
        var violation = Violation(() => EvaluationCampaign.Create(Secretariat, 2026, "评价", Days, [Alliance(1)], Drafted));

        Assert.Equal("evaluation.wrong_role", violation.Code);
        Assert.Equal("Art 19", violation.Article);
    }

    [Fact]
    public void Art19_Create_WithAnAllianceListedTwice_IsRefused() =>
        Assert.Equal("evaluation.alliance_listed_twice",
            Violation(() => EvaluationCampaign.Create(Admin, 2026, "评价", Days, [Alliance(1), Alliance(1)], Drafted)).Code);

    [Fact]
    public void Art19_Create_WithABadRegionCode_IsRefused() =>
        Assert.Equal("evaluation.alliance_invalid",
            Violation(() => EvaluationCampaign.Create(Admin, 2026, "评价", Days, [Alliance(1, region: "2301")], Drafted)).Code);

    [Fact]
    public void Art19_ChooseScope_KeepsOnlyTheChosenFiledAlliances()
    {
        var campaign = Draft(alliances: 1);

        campaign.ChooseScope(Admin, [Alliance(1), Alliance(2), Alliance(3)], [Alliance(3).AllianceId, Alliance(1).AllianceId], Drafted);

        Assert.Equal([Alliance(1).AllianceId, Alliance(3).AllianceId], campaign.Alliances.Select(a => a.AllianceId).Order());
    }

    [Fact]
    public void Art19_ChooseScope_AnAllianceNotFiled_IsRefusedNamingIt()
    {
        var stranger = Guid.NewGuid();

        var violation = Violation(() => Draft().ChooseScope(Admin, [Alliance(1)], [Alliance(1).AllianceId, stranger], Drafted));

        Assert.Equal("evaluation.alliance_not_filed", violation.Code);
        Assert.Contains(stranger.ToString(), violation.MessageEn);
        Assert.Equal(RuleKind.Unprocessable, violation.Kind);
    }

    [Fact]
    public void Art19_ChooseScope_OnceOpened_IsFrozen() =>
        Assert.Equal("evaluation.plan_frozen", Violation(() => Opened().ChooseScope(Admin, [Alliance(1)], [Alliance(1).AllianceId], Drafted)).Code);

    [Fact]
    public void Art19_ChooseScope_ByAnotherRole_IsRefused() =>
        Assert.Equal("evaluation.wrong_role", Violation(() => Draft().ChooseScope(Secretariat, [Alliance(1)], [Alliance(1).AllianceId], Drafted)).Code);

    [Fact]
    public void Art21_Windows_ReviewOpeningBeforeSelfAssessmentCloses_AreRefused() =>
        Assert.Equal("evaluation.windows_invalid",
            Violation(() => new CampaignWindows(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 15), new DateOnly(2026, 9, 15), new DateOnly(2026, 9, 25))).Code);

    [Fact]
    public void Art20_WeightsSummingTo100_DefineThePlanInOrder()
    {
        var campaign = Draft();

        Assert.Equal(["O1", "A1", "I1"], campaign.Indicators.Select(i => i.Code));
        Assert.Equal(100m, campaign.Indicators.Sum(i => i.Weight));
        Assert.True(Indicator(campaign, "A1").IsQuantitative);
        Assert.False(Indicator(campaign, "O1").IsQuantitative);
    }

    [Theory]
    [InlineData(29.99)]
    [InlineData(30.01)]
    public void Art20_WeightsNotSummingTo100_AreRefusedAsUnprocessable(decimal firstWeight)
    {
        var campaign = EvaluationCampaign.Create(Admin, 2026, "评价", Days, [Alliance(1)], Drafted);
        IndicatorDefinition[] plan = [.. Plan().Select((d, i) => i == 0 ? d with { Weight = firstWeight } : d)];

        var violation = Violation(() => campaign.DefinePlan(Admin, plan, Drafted));

        Assert.Equal("evaluation.weights_not_100", violation.Code);
        Assert.Equal("Art 20", violation.Article);
        Assert.Equal(RuleKind.Unprocessable, violation.Kind);
        Assert.Empty(campaign.Indicators);
    }

    [Fact]
    public void Art20_PlanWithoutAllThreeDimensions_IsRefused()
    {
        var campaign = EvaluationCampaign.Create(Admin, 2026, "评价", Days, [Alliance(1)], Drafted);
        IndicatorDefinition[] plan =
        [
            new("O1", "组织", Dimension.OrganisationBuilding, 50m, 10m, "标准"),
            new("A1", "活动", Dimension.Activities, 50m, 10m, "标准"),
        ];

        Assert.Equal("evaluation.dimension_missing", Violation(() => campaign.DefinePlan(Admin, plan, Drafted)).Code);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 0)]
    [InlineData(10.001, 10)]
    [InlineData(10, -1)]
    public void Art20_IndicatorWithBadWeightOrMaximum_IsRefused(decimal weight, decimal maxScore)
    {
        var campaign = EvaluationCampaign.Create(Admin, 2026, "评价", Days, [Alliance(1)], Drafted);
        IndicatorDefinition[] plan = [.. Plan().Select((d, i) => i == 0 ? d with { Weight = weight, MaxScore = maxScore } : d)];

        Assert.Equal("evaluation.indicator_invalid", Violation(() => campaign.DefinePlan(Admin, plan, Drafted)).Code);
    }

    [Fact]
    public void Art20_IndicatorWithAnUnknownSourceField_IsRefusedAsUnprocessableNamingTheValidFields()
    {
        var campaign = EvaluationCampaign.Create(Admin, 2026, "评价", Days, [Alliance(1)], Drafted);
        IndicatorDefinition[] plan = [.. Plan().Select((d, i) => i == 1 ? d with { SourceField = "jointProjects.count" } : d)];

        var violation = Violation(() => campaign.DefinePlan(Admin, plan, Drafted));

        Assert.Equal("evaluation.source_field_unknown", violation.Code);
        Assert.Equal("Art 20", violation.Article);
        Assert.Equal(RuleKind.Unprocessable, violation.Kind);
        Assert.Contains("jointProjects.count", violation.Message);
        Assert.Contains("jointProjects.count", violation.MessageEn);
        Assert.All(ReportFigures.Names, name => Assert.Contains(name, violation.MessageEn));
        Assert.Empty(campaign.Indicators);
    }

    [Fact]
    public void Art20_IndicatorsNamingReportFigures_AreQuantitative()
    {
        var campaign = Draft();

        Assert.Equal("activities", Indicator(campaign, "A1").SourceField);
        Assert.True(Indicator(campaign, "A1").IsQuantitative);
        Assert.False(Indicator(campaign, "O1").IsQuantitative);
    }

    [Fact]
    public void Art20_DuplicateIndicatorCodes_AreRefused()
    {
        var campaign = EvaluationCampaign.Create(Admin, 2026, "评价", Days, [Alliance(1)], Drafted);
        IndicatorDefinition[] plan = [.. Plan().Select((d, i) => i == 1 ? d with { Code = "o1" } : d)];

        Assert.Equal("evaluation.indicator_code_duplicate", Violation(() => campaign.DefinePlan(Admin, plan, Drafted)).Code);
    }

    [Fact]
    public void Art20_PlanAfterTheCampaignOpened_IsFrozen()
    {
        var campaign = Opened();

        var violation = Violation(() => campaign.DefinePlan(Admin, Plan(), Drafted));

        Assert.Equal("evaluation.plan_frozen", violation.Code);
        Assert.Equal(RuleKind.Conflict, violation.Kind);
        Assert.Equal("evaluation.plan_frozen", Violation(() => campaign.SetScope(Admin, [Alliance(9)], Drafted)).Code);
        Assert.Equal("evaluation.plan_frozen", Violation(() => campaign.ChangeWindows(Admin, Days)).Code);
        Assert.True(campaign.IsPlanFrozen);
    }

    [Fact]
    public void Art20_Plan_ByAnotherRole_IsRefused()
    {
        var campaign = EvaluationCampaign.Create(Admin, 2026, "评价", Days, [Alliance(1)], Drafted);

        Assert.Equal("evaluation.wrong_role", Violation(() => campaign.DefinePlan(Secretariat, Plan(), Drafted)).Code);
    }

    [Fact]
    public void Art21_Open_WithoutAPlan_IsRefused()
    {
        var campaign = EvaluationCampaign.Create(Admin, 2026, "评价", Days, [Alliance(1)], Drafted);

        Assert.Equal("evaluation.plan_empty", Violation(() => campaign.Open(Admin, Drafted)).Code);
    }

    [Fact]
    public void Art21_Open_WithNoAllianceInScope_IsRefused() =>
        Assert.Equal("evaluation.scope_empty", Violation(() => Draft(alliances: 0).Open(Admin, Drafted)).Code);

    [Fact]
    public void Art21_Open_ByAnotherRoleOrTwice_IsRefused()
    {
        var campaign = Draft();
        Assert.Equal("evaluation.wrong_role", Violation(() => campaign.Open(Applicant, Drafted)).Code);

        campaign.Open(Admin, Drafted);

        Assert.Equal("evaluation.wrong_state", Violation(() => campaign.Open(Admin, Drafted)).Code);
    }

    [Fact]
    public void Art21_SelfAssessment_StartedBeforeItsFirstDay_IsRefused()
    {
        var campaign = Opened();

        Assert.Equal("evaluation.self_assessment_not_yet_open", Violation(() => campaign.StartSelfAssessment(Secretariat, At(2026, 8, 31, 23, 59))).Code);
        Assert.Equal("evaluation.wrong_role", Violation(() => campaign.StartSelfAssessment(Admin, At(2026, 9, 1))).Code);

        campaign.StartSelfAssessment(Secretariat, At(2026, 9, 1, 0, 0));
        Assert.Equal(CampaignStatus.SelfAssessment, campaign.Status);
    }

    [Fact]
    public void Art22_ExpertReview_StartedWhileSelfAssessmentIsOpen_IsRefused()
    {
        var campaign = InSelfAssessment();

        Assert.Equal("evaluation.self_assessment_window_still_open", Violation(() => campaign.StartExpertReview(Admin, At(2026, 9, 15, 23, 59))).Code);

        campaign.StartExpertReview(Admin, At(2026, 9, 16, 0, 0));
        Assert.Equal(CampaignStatus.ExpertReview, campaign.Status);
    }

    [Fact]
    public void Art19_History_RecordsEveryStepWithItsActor()
    {
        var campaign = InExpertReview();

        Assert.Equal(
            [CampaignStatus.Draft, CampaignStatus.Open, CampaignStatus.SelfAssessment, CampaignStatus.ExpertReview],
            campaign.History.Select(h => h.To));
        Assert.Equal(["admin-1", "admin-1", "secretariat-1", "admin-1"], campaign.History.Select(h => h.ActorSubject));
    }
}
