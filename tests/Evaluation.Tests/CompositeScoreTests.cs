using AlliancePlatform.Evaluation.Domain;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>The composite (Art 22): mean of expert totals, trimmed from 5 experts, decimals rounded half away from zero to 2 places.</summary>
public class CompositeScoreTests
{
    [Fact]
    public void Art22_TrimmedMean_WithThreeExperts_KeepsEveryTotal() =>
        Assert.Equal(80.00m, CompositeScore.Of([70m, 80m, 90.01m], EvaluationSettings.DefaultTrimFromExperts));

    [Fact]
    public void Art22_TrimmedMean_WithFourExperts_KeepsEveryTotal() =>
        Assert.Equal(75.00m, CompositeScore.Of([60m, 70m, 80m, 90m], EvaluationSettings.DefaultTrimFromExperts));

    [Fact]
    public void Art22_TrimmedMean_WithFiveExperts_DropsHighestAndLowest() =>
        Assert.Equal(82.00m, CompositeScore.Of([100m, 60m, 80m, 82m, 84m], EvaluationSettings.DefaultTrimFromExperts));

    [Fact]
    public void Art22_TrimmedMean_WithSevenExperts_DropsOnlyOneHighestAndOneLowest() =>
        Assert.Equal(72.00m, CompositeScore.Of([10m, 70m, 71m, 72m, 73m, 74m, 99m], EvaluationSettings.DefaultTrimFromExperts));

    [Fact]
    public void Art22_TrimmedMean_WithTiedExtremes_DropsOneOfEach() =>
        Assert.Equal(70.00m, CompositeScore.Of([60m, 60m, 70m, 80m, 80m], EvaluationSettings.DefaultTrimFromExperts));

    [Fact]
    public void Art22_TrimThreshold_IsASetting()
    {
        Assert.Equal(77.50m, CompositeScore.Of([60m, 70m, 80m, 100m], EvaluationSettings.DefaultTrimFromExperts));
        Assert.Equal(75.00m, CompositeScore.Of([60m, 70m, 80m, 100m], trimFromExperts: 4));
        Assert.Equal(81.20m, CompositeScore.Of([100m, 60m, 80m, 82m, 84m], trimFromExperts: 6));
        Assert.Equal("evaluation.trim_threshold_too_low", Violation(() => _ = new EvaluationSettings(trimFromExperts: 2)).Code);
    }

    [Fact]
    public void Art22_Composite_RoundsHalfAwayFromZeroToTwoDecimals()
    {
        Assert.Equal(80.01m, CompositeScore.Of([80.00m, 80.01m], 5));     // 80.005: to even would give 80.00
        Assert.Equal(80.00m, CompositeScore.Of([80.00m, 80.00m, 80.01m], 5)); // 80.00333…
        Assert.Equal(80.01m, CompositeScore.Of([80.00m, 80.01m, 80.01m], 5)); // 80.00666…
        Assert.Equal(2, CompositeScore.Round(1m / 3m).Scale);
    }

    [Fact]
    public void Art22_ExpertTotal_IsWeightTimesScoreOverMaximum_RoundedHalfAwayFromZero()
    {
        IndicatorDefinition[] plan =
        [
            new("O1", "组织", Dimension.OrganisationBuilding, 50m, 8m, "标准"),
            new("A1", "活动", Dimension.Activities, 25m, 100m, "标准"),
            new("I1", "成效", Dimension.InnovationImpact, 25m, 100m, "标准"),
        ];
        var campaign = Draft(plan: plan);
        var o1 = Indicator(campaign, "O1").Id;

        Assert.Equal(0.13m, CompositeScore.Total(campaign.Indicators, id => id == o1 ? 0.02m : 0m)); // 0.125
        Assert.Equal(100m, CompositeScore.Total(campaign.Indicators, id => id == o1 ? 8m : 100m));
        Assert.Equal(25m, CompositeScore.Total(campaign.Indicators, id => id == o1 ? 8m : 100m, Dimension.Activities));
    }

    [Fact]
    public void Art22_ReviewResult_WithFiveExperts_DropsHighestAndLowestForCompositeAndDimensions()
    {
        var campaign = InExpertReview(alliances: 1);
        var review = ReviewWithTotals(campaign, 1, 100m, 60m, 80m, 82m, 84m);

        var result = review.Result(campaign.Indicators, EvaluationSettings.Default)!;

        Assert.Equal(82.00m, result.Composite);
        Assert.Equal(5, result.ExpertsScored);
        Assert.Equal(3, result.ExpertsCounted);
        Assert.Equal(24.60m, result.OrganisationBuilding); // 30 × 0.82
        Assert.Equal(32.80m, result.Activities);
        Assert.Equal(24.60m, result.InnovationImpact);
    }

    [Fact]
    public void Art22_ReviewResult_CountsOnlyHandedInSheets()
    {
        var campaign = InExpertReview(alliances: 1);
        var review = ReviewWithTotals(campaign, 1, 70m, 80m);
        review.AssignExpert(Admin, campaign, Candidate(3), [], Reviewing);
        review.Score(Expert(3), campaign, Indicator(campaign, "O1").Id, 0m, Reviewing);

        var result = review.Result(campaign.Indicators, EvaluationSettings.Default)!;

        Assert.Equal(75.00m, result.Composite);
        Assert.Equal(2, result.ExpertsScored);
    }

    [Fact]
    public void Art22_ReviewResult_WithNoSheetHandedIn_IsNone()
    {
        var campaign = InExpertReview(alliances: 1);

        Assert.Null(ExpertReview.Create(Admin, campaign, Alliance(1).AllianceId, Reviewing).Result(campaign.Indicators, EvaluationSettings.Default));
    }
}
