using AlliancePlatform.Evaluation.Domain;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>The self-assessment (Art 21): scores with evidence within the window, completeness, refusals.</summary>
public class SelfAssessmentTests
{
    [Fact]
    public void Art21_ScoreAndSubmit_WithinTheWindow_IsSubmitted()
    {
        var campaign = InSelfAssessment();

        var assessment = SubmittedSelfAssessment(campaign, 1);

        Assert.Equal(SelfAssessmentStatus.Submitted, assessment.Status);
        Assert.True(assessment.WasSubmitted);
        Assert.All(assessment.Items, item => Assert.Single(item.Evidence));
        Assert.Equal(50m, assessment.Items[0].Score);
    }

    [Fact]
    public void Art21_Start_ForAnAllianceNotInScope_IsRefused()
    {
        var campaign = InSelfAssessment();

        Assert.Equal("evaluation.alliance_not_in_scope", Violation(() => SelfAssessment.Start(Applicant, campaign, Guid.CreateVersion7(), SelfAssessing)).Code);
    }

    [Fact]
    public void Art21_Start_BeforeTheSelfAssessmentStage_IsRefused()
    {
        var campaign = Opened();

        Assert.Equal("evaluation.wrong_state", Violation(() => SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing)).Code);
    }

    [Fact]
    public void Art21_Submit_AfterTheWindowClosed_IsRefused()
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);
        foreach (var indicator in campaign.Indicators)
        {
            assessment.Score(Applicant, campaign, indicator.Id, 10m, [], SelfAssessing);
        }

        Assert.Equal("evaluation.self_assessment_window_closed", Violation(() => assessment.Submit(Applicant, campaign, At(2026, 9, 16, 0, 0))).Code);

        assessment.Submit(Applicant, campaign, At(2026, 9, 15, 23, 59));
        Assert.True(assessment.WasSubmitted);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Art21_ScoreOutsideZeroToMaximum_IsRefused(decimal score)
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);

        var violation = Violation(() => assessment.Score(Applicant, campaign, Indicator(campaign, "O1").Id, score, [], SelfAssessing));

        Assert.Equal("evaluation.score_out_of_range", violation.Code);
        Assert.Equal("Art 21", violation.Article);
    }

    [Fact]
    public void Art21_ScoreOnAnUnknownIndicator_IsRefused()
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);

        Assert.Equal("evaluation.indicator_unknown", Violation(() => assessment.Score(Applicant, campaign, Guid.CreateVersion7(), 1m, [], SelfAssessing)).Code);
    }

    [Fact]
    public void Art21_EvidenceRepeatedOrEmpty_IsRefused()
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);
        var file = Uploaded(assessment, campaign);

        Assert.Equal("evaluation.evidence_invalid", Violation(() => assessment.Score(Applicant, campaign, Indicator(campaign, "O1").Id, 1m, [file, file], SelfAssessing)).Code);
        Assert.Equal("evaluation.evidence_invalid", Violation(() => assessment.Score(Applicant, campaign, Indicator(campaign, "O1").Id, 1m, [Guid.Empty], SelfAssessing)).Code);
    }

    [Fact]
    public void Art21_SubmitWithAnIndicatorUnscored_IsRefusedListingIt()
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);
        assessment.Score(Applicant, campaign, Indicator(campaign, "O1").Id, 10m, [], SelfAssessing);

        var violation = Violation(() => assessment.Submit(Applicant, campaign, SelfAssessing));

        Assert.Equal("evaluation.scores_incomplete", violation.Code);
        Assert.Equal(2, violation.Details.Count);
        Assert.Equal(["A1", "I1"], assessment.MissingIndicators(campaign).Select(i => i.Code));
    }

    [Fact]
    public void Art21_Secretariat_ChecksCompletenessAndAccepts()
    {
        var campaign = InSelfAssessment();
        var assessment = SubmittedSelfAssessment(campaign, 1);

        Assert.Equal("evaluation.wrong_role", Violation(() => assessment.Accept(Admin, campaign, SelfAssessing)).Code);
        assessment.Accept(Secretariat, campaign, SelfAssessing);

        Assert.Equal(SelfAssessmentStatus.Accepted, assessment.Status);
        Assert.Equal("secretariat-1", assessment.CheckedBy);
        Assert.Empty(assessment.MissingIndicators(campaign));
    }

    [Fact]
    public void Art21_Secretariat_ReturnsWithAReason_AndTheAllianceSubmitsAgain()
    {
        var campaign = InSelfAssessment();
        var assessment = SubmittedSelfAssessment(campaign, 1);

        Assert.Equal("evaluation.reason_required", Violation(() => assessment.Return(Secretariat, campaign, " ", SelfAssessing)).Code);
        assessment.Return(Secretariat, campaign, "证明材料不清晰", SelfAssessing);
        Assert.False(assessment.WasSubmitted);

        assessment.Score(Applicant, campaign, Indicator(campaign, "O1").Id, 60m, [Uploaded(assessment, campaign, "补充材料.pdf")], SelfAssessing);
        assessment.Submit(Applicant, campaign, SelfAssessing);
        Assert.Equal(SelfAssessmentStatus.Submitted, assessment.Status);
        Assert.Equal("evaluation.self_assessment_not_editable", Violation(() => assessment.Score(Applicant, campaign, Indicator(campaign, "O1").Id, 1m, [], SelfAssessing)).Code);
    }

    [Fact]
    public void Art21_Prefill_FillsOnlyQuantitativeIndicators()
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);

        assessment.Prefill(campaign, new Dictionary<Guid, decimal> { [Indicator(campaign, "A1").Id] = 12m, [Indicator(campaign, "O1").Id] = 3m });

        Assert.Equal(12m, assessment.Items.Single(i => i.IndicatorId == Indicator(campaign, "A1").Id).ReportedValue);
        Assert.Null(assessment.Items.Single(i => i.IndicatorId == Indicator(campaign, "O1").Id).ReportedValue);
    }

    [Fact]
    public void Art19_Prefill_TakesTheLatestAcceptedReportUpToTheCampaignYear()
    {
        var (campaign, assessment) = PrefilledFrom(
            new(2024, "activities", 5m), new(2024, "transferContractValue", 100_000m),
            new(2025, "activities", 9m), new(2025, "transferContractValue", 300_000.50m),
            new(2027, "activities", 99m));

        Assert.Equal(9m, Item(assessment, campaign, "A1").ReportedValue);
        Assert.Equal(300_000.50m, Item(assessment, campaign, "I1").ReportedValue);
        Assert.Null(Item(assessment, campaign, "O1").ReportedValue);
    }

    [Fact]
    public void Art19_Prefill_DoesNotMixInAnOlderYearsFigureTheLatestReportLacks()
    {
        var (campaign, assessment) = PrefilledFrom(new(2024, "transferContractValue", 100_000m), new(2025, "activities", 9m));

        Assert.Equal(9m, Item(assessment, campaign, "A1").ReportedValue);
        Assert.Null(Item(assessment, campaign, "I1").ReportedValue);
    }

    [Fact]
    public void Art19_Prefill_WithoutAnAcceptedReportUpToTheCampaignYear_LeavesEveryFigureEmpty() =>
        Assert.All(PrefilledFrom(new ReportedFigure(2027, "activities", 99m)).Assessment.Items, i => Assert.Null(i.ReportedValue));

    [Fact]
    public void Art21_AllianceThatMissedTheWindow_IsFoundOnceWhenTheWindowCloses()
    {
        var campaign = InSelfAssessment(alliances: 3);
        SelfAssessment[] assessments = [SubmittedSelfAssessment(campaign, 1), SelfAssessment.Start(Applicant, campaign, Alliance(2).AllianceId, SelfAssessing)];

        Assert.Empty(campaign.RecordRefusals(assessments, At(2026, 9, 15, 23, 59)));

        var refused = campaign.RecordRefusals(assessments, At(2026, 9, 16, 0, 0));
        Assert.Equal([Alliance(2).AllianceId, Alliance(3).AllianceId], refused.Select(a => a.AllianceId));
        Assert.All(refused, a => Assert.True(a.RefusedAssessment));

        Assert.Empty(campaign.RecordRefusals(assessments, At(2026, 9, 17)));
    }

    [Fact]
    public void Art21_AllianceThatRefused_GetsNoExpertReview()
    {
        var campaign = InSelfAssessment(alliances: 2);
        campaign.RecordRefusals([SubmittedSelfAssessment(campaign, 1)], At(2026, 9, 16));
        campaign.StartExpertReview(Admin, At(2026, 9, 16));

        Assert.Equal("evaluation.alliance_refused_assessment", Violation(() => ExpertReview.Create(Admin, campaign, Alliance(2).AllianceId, Reviewing)).Code);
    }

    /// <summary>Alliance 1's self-assessment in a 2026 campaign, started and pre-filled from the accepted reports' figures.</summary>
    private static (EvaluationCampaign Campaign, SelfAssessment Assessment) PrefilledFrom(params ReportedFigure[] figures)
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);
        assessment.Prefill(campaign, figures);
        return (campaign, assessment);
    }

    private static SelfAssessmentItem Item(SelfAssessment assessment, EvaluationCampaign campaign, string code) =>
        assessment.Items.Single(i => i.IndicatorId == Indicator(campaign, code).Id);
}
