using AlliancePlatform.Evaluation.Domain;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>The expert review (Art 22): assignment without conflicts, scores within limits and the window, who sees what.</summary>
public class ExpertReviewTests
{
    [Fact]
    public void Art22_ExpertFromAMemberUnit_IsRefusedForConflictOfInterest()
    {
        var campaign = InExpertReview();
        var review = ExpertReview.Create(Admin, campaign, Alliance(1).AllianceId, Reviewing);

        var violation = Violation(() => review.AssignExpert(Admin, campaign, Candidate(1), ["91230100MA0000000X", " expert-unit-1 "], Reviewing));

        Assert.Equal("evaluation.expert_conflict_of_interest", violation.Code);
        Assert.Equal("Art 22", violation.Article);
        Assert.Empty(review.Experts);
    }

    [Fact]
    public void Art22_ExpertFromAnotherUnit_IsAssignedOnce()
    {
        var campaign = InExpertReview();
        var review = ExpertReview.Create(Admin, campaign, Alliance(1).AllianceId, Reviewing);

        review.AssignExpert(Admin, campaign, Candidate(1), ["91230100MA0000000X"], Reviewing);

        Assert.Equal("expert-1", Assert.Single(review.Experts).Subject);
        Assert.Equal("evaluation.expert_already_assigned", Violation(() => review.AssignExpert(Admin, campaign, Candidate(1), [], Reviewing)).Code);
    }

    [Fact]
    public void Art22_Assignment_ByAnotherRole_IsRefused()
    {
        var campaign = InExpertReview();
        var review = ExpertReview.Create(Admin, campaign, Alliance(1).AllianceId, Reviewing);

        Assert.Equal("evaluation.wrong_role", Violation(() => review.AssignExpert(Secretariat, campaign, Candidate(1), [], Reviewing)).Code);
        Assert.Equal("evaluation.wrong_role", Violation(() => ExpertReview.Create(Expert(1), campaign, Alliance(1).AllianceId, Reviewing)).Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void Art22_ScoreOutsideZeroToMaximum_IsRefused(decimal score)
    {
        var (campaign, review) = ReviewWithOneExpert();

        Assert.Equal("evaluation.score_out_of_range", Violation(() => review.Score(Expert(1), campaign, Indicator(campaign, "A1").Id, score, Reviewing)).Code);
    }

    [Fact]
    public void Art22_ScoreWithThreeDecimals_IsRefused()
    {
        var (campaign, review) = ReviewWithOneExpert();

        Assert.Equal("evaluation.score_precision", Violation(() => review.Score(Expert(1), campaign, Indicator(campaign, "A1").Id, 8.125m, Reviewing)).Code);
    }

    [Fact]
    public void Art22_ScoreOnAnUnknownIndicator_IsRefused()
    {
        var (campaign, review) = ReviewWithOneExpert();

        Assert.Equal("evaluation.indicator_unknown", Violation(() => review.Score(Expert(1), campaign, Guid.CreateVersion7(), 1m, Reviewing)).Code);
    }

    [Fact]
    public void Art22_ScoreByAnExpertNotAssigned_IsRefused()
    {
        var (campaign, review) = ReviewWithOneExpert();

        Assert.Equal("evaluation.not_assigned_expert", Violation(() => review.Score(Expert(2), campaign, Indicator(campaign, "A1").Id, 1m, Reviewing)).Code);
        Assert.Equal("evaluation.wrong_role", Violation(() => review.Score(Admin, campaign, Indicator(campaign, "A1").Id, 1m, Reviewing)).Code);
    }

    [Fact]
    public void Art22_ScoreOutsideTheReviewWindow_IsRefused()
    {
        var (campaign, review) = ReviewWithOneExpert();

        Assert.Equal("evaluation.expert_review_window_closed", Violation(() => review.Score(Expert(1), campaign, Indicator(campaign, "A1").Id, 1m, At(2026, 9, 26, 0, 0))).Code);
        review.Score(Expert(1), campaign, Indicator(campaign, "A1").Id, 1m, At(2026, 9, 25, 23, 59));
    }

    [Fact]
    public void Art22_SubmitWithAnIndicatorUnscored_IsRefused_AndAfterSubmitNothingChanges()
    {
        var (campaign, review) = ReviewWithOneExpert();
        review.Score(Expert(1), campaign, Indicator(campaign, "O1").Id, 80m, Reviewing);

        Assert.Equal("evaluation.scores_incomplete", Violation(() => review.SubmitScores(Expert(1), campaign, Reviewing)).Code);

        review.Score(Expert(1), campaign, Indicator(campaign, "A1").Id, 80m, Reviewing);
        review.Score(Expert(1), campaign, Indicator(campaign, "I1").Id, 80m, Reviewing);
        review.SubmitScores(Expert(1), campaign, Reviewing);
        Assert.Equal("evaluation.expert_scores_submitted", Violation(() => review.Score(Expert(1), campaign, Indicator(campaign, "O1").Id, 1m, Reviewing)).Code);
        Assert.Equal("evaluation.expert_has_scored", Violation(() => review.RemoveExpert(Admin, campaign, ExpertId(1), Reviewing)).Code);
    }

    [Fact]
    public void Art22_AnExpert_SeesOnlyTheirOwnScoresUntilTheReviewCloses()
    {
        var campaign = InExpertReview(alliances: 1);
        var review = ReviewWithTotals(campaign, 1, 70m, 80m, 90m);

        Assert.Equal(["expert-2"], review.SheetsVisibleTo(Expert(2), campaign).Select(e => e.Subject));
        Assert.Empty(review.SheetsVisibleTo(Expert(9), campaign));
        Assert.Empty(review.SheetsVisibleTo(Applicant, campaign));
        Assert.Equal(3, review.SheetsVisibleTo(Admin, campaign).Count);

        campaign.CloseExpertReview(Admin, [review], EvaluationSettings.Default, AfterReview);

        Assert.Equal(3, review.SheetsVisibleTo(Expert(2), campaign).Count);
        Assert.Empty(review.SheetsVisibleTo(Expert(9), campaign));
    }

    [Fact]
    public void Art22_RemovedExpert_NoLongerScores()
    {
        var (campaign, review) = ReviewWithOneExpert();

        review.RemoveExpert(Admin, campaign, ExpertId(1), Reviewing);

        Assert.Equal("evaluation.not_assigned_expert", Violation(() => review.Score(Expert(1), campaign, Indicator(campaign, "A1").Id, 1m, Reviewing)).Code);
        Assert.False(Assert.Single(review.Experts).IsAssigned);
    }

    [Fact]
    public void Art22_CloseReview_BeforeItsWindowCloses_IsRefused()
    {
        var campaign = InExpertReview();

        Assert.Equal("evaluation.expert_review_window_still_open", Violation(() => campaign.CloseExpertReview(Admin, [], EvaluationSettings.Default, At(2026, 9, 25, 23, 59))).Code);
    }

    private static (EvaluationCampaign Campaign, ExpertReview Review) ReviewWithOneExpert()
    {
        var campaign = InExpertReview();
        var review = ExpertReview.Create(Admin, campaign, Alliance(1).AllianceId, Reviewing);
        review.AssignExpert(Admin, campaign, Candidate(1), [], Reviewing);
        return (campaign, review);
    }
}
