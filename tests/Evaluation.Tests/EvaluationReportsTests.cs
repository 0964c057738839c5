using AlliancePlatform.Evaluation.Domain;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>The report computations of a campaign (Art 23 评价结果): ranking, distribution, averages by field and region.</summary>
public class EvaluationReportsTests
{
    private static AllianceResult Result(int n, decimal? composite, Grade grade, string field = "新材料", string region = "230100", string? name = null) =>
        new(Alliance(n).AllianceId, name ?? $"联盟{n:D4}", field, region, composite, grade,
            composite * 0.3m, composite * 0.4m, composite * 0.3m);

    [Fact]
    public void Art23_Ranking_TiesShareARank_OrderedByNameThenId()
    {
        AllianceResult[] results =
        [
            Result(1, 80m, Grade.B, name: "联盟B"),
            Result(2, 90m, Grade.A),
            Result(3, 80m, Grade.B, name: "联盟A"),
            Result(4, 70m, Grade.C),
            Result(5, null, Grade.D),
        ];

        var ranking = EvaluationReports.Ranking(results);

        Assert.Equal([1, 2, 2, 4], ranking.Select(r => r.Rank));
        Assert.Equal([2, 3, 1, 4], ranking.Select(r => results.ToList().IndexOf(r.Result) + 1));
        Assert.Equal(ranking.Select(r => r.Result), EvaluationReports.Ranking(results.Reverse()).Select(r => r.Result));
    }

    [Fact]
    public void Art23_Distribution_CountsEveryGradeIncludingAdjustedOnes()
    {
        var distribution = EvaluationReports.Distribution([Result(1, 90m, Grade.A), Result(2, 80m, Grade.B), Result(3, 81m, Grade.B), Result(4, null, Grade.D)]);

        Assert.Equal(new GradeDistribution(1, 2, 0, 1), distribution);
        Assert.Equal(4, distribution.Total);
    }

    [Fact]
    public void Art23_Averages_ByIndustryFieldAndByRegion()
    {
        AllianceResult[] results =
        [
            Result(1, 80m, Grade.B, "新材料", "230100"),
            Result(2, 90m, Grade.A, "新材料", "230200"),
            Result(3, 61m, Grade.D, "生物医药", "230100"),
        ];

        var byField = EvaluationReports.ByIndustryField(results);
        var byRegion = EvaluationReports.ByRegion(results);

        var materials = byField.Single(g => g.Key == "新材料");
        Assert.Equal(2, materials.Alliances);
        Assert.Equal(85.00m, materials.Composite);
        Assert.Equal(34.00m, materials.Activities);
        Assert.Equal(["230100", "230200"], byRegion.Select(g => g.Key));
        Assert.Equal(70.50m, byRegion[0].Composite);
        Assert.Equal(21.15m, byRegion[0].OrganisationBuilding);
    }

    [Fact]
    public void Art23_CampaignResults_FeedTheReports()
    {
        var campaign = InExpertReview(alliances: 2);
        campaign.CloseExpertReview(Admin, [ReviewWithTotals(campaign, 1, 90m), ReviewWithTotals(campaign, 2, 70m)], EvaluationSettings.Default, AfterReview);

        var ranking = EvaluationReports.Ranking(campaign.Results());

        Assert.Equal([Alliance(1).AllianceId, Alliance(2).AllianceId], ranking.Select(r => r.Result.AllianceId));
        Assert.Equal(27.00m, ranking[0].Result.OrganisationBuilding);
    }
}
