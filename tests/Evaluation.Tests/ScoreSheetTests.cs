using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Reports;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>An alliance's score sheet (Art 22): which expert totals the composite dropped as the highest and the lowest.</summary>
public class ScoreSheetTests
{
    private static (EvaluationCampaign Campaign, ExpertReview Review) Closed(params decimal[] totals)
    {
        var campaign = InExpertReview(alliances: 1);
        var review = ReviewWithTotals(campaign, 1, totals);
        campaign.CloseExpertReview(Admin, [review], EvaluationSettings.Default, AfterReview);
        return (campaign, review);
    }

    [Fact]
    public void Art22_ScoreSheet_WithFiveExperts_DropsTheHighestAndTheLowestTotal()
    {
        var (campaign, review) = Closed(60m, 95m, 70m, 80m, 75m);

        var sheets = review.CountedSheets(campaign);

        Assert.Equal([60m, 70m, 75m, 80m, 95m], sheets.Select(s => s.Total));
        Assert.Equal([DroppedTotal.Lowest, null, null, null, DroppedTotal.Highest], sheets.Select(s => s.Dropped));
        Assert.Equal("expert-1", sheets[0].Expert.Subject);
        Assert.Equal("expert-2", sheets[^1].Expert.Subject);

        var response = ScoreSheetResponse.For(campaign, review);
        Assert.Equal(75.00m, response.Composite);
        Assert.Equal((5, 3), (response.ExpertsScored, response.ExpertsCounted));
        Assert.Equal([false, false, true, true, true], response.Experts.Select(e => e.Counted));
        Assert.Equal([DroppedTotal.Lowest, DroppedTotal.Highest, null, null, null], response.Experts.Select(e => e.Dropped));
        Assert.All(response.Experts, e => Assert.Equal(["O1", "A1", "I1"], e.Scores.Select(s => s.Code)));
        Assert.Equal(95m, response.Experts[1].Scores[0].Score);
    }

    [Fact]
    public void Art22_ScoreSheet_WithThreeExperts_DropsNothing()
    {
        var (campaign, review) = Closed(60m, 95m, 70m);

        var sheets = review.CountedSheets(campaign);

        Assert.All(sheets, s => Assert.Null(s.Dropped));
        var response = ScoreSheetResponse.For(campaign, review);
        Assert.Equal(75.00m, response.Composite);
        Assert.Equal((3, 3), (response.ExpertsScored, response.ExpertsCounted));
        Assert.All(response.Experts, e => Assert.True(e.Counted));
    }

    [Fact]
    public void Art22_ScoreSheet_WithEqualTotals_DropsExactlyOneOfEach()
    {
        var (campaign, review) = Closed(80m, 80m, 80m, 80m, 80m);

        var dropped = review.CountedSheets(campaign).Select(s => s.Dropped).ToList();

        Assert.Equal(1, dropped.Count(d => d == DroppedTotal.Lowest));
        Assert.Equal(1, dropped.Count(d => d == DroppedTotal.Highest));
    }

    [Fact]
    public void Art22_ScoreSheet_BeforeTheReviewCloses_IsRefused()
    {
        var campaign = InExpertReview(alliances: 1);
        var review = ReviewWithTotals(campaign, 1, 80m, 70m);

        var violation = Violation(() => review.CountedSheets(campaign));

        Assert.Equal("evaluation.expert_review_not_closed", violation.Code);
        Assert.Equal(ServiceDefaults.Domain.RuleKind.Conflict, violation.Kind);
    }
}
