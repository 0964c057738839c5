using System.Diagnostics;
using AlliancePlatform.Evaluation.Domain;
using Xunit.Abstractions;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>
/// A coarse guard, not a benchmark: the whole review of a large campaign runs well inside the 5 s the brief allows, on
/// this shared 2-core machine. The bound is deliberately loose (see quality.md on timed assertions).
/// </summary>
public class PerformanceTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Performance")]
    public void Art22_ThousandAlliancesSevenExpertsTwentyIndicators_CompositesAndGradesWellUnderFiveSeconds()
    {
        const int alliances = 1000;
        const int experts = 7;
        IndicatorDefinition[] plan =
        [
            .. Enumerable.Range(1, 20).Select(i => new IndicatorDefinition(
                $"X{i}", $"指标{i}", (Dimension)(i % 3), 5m, 10m, "评分标准")),
        ];
        var campaign = InExpertReview(alliances, plan);
        var indicators = campaign.Indicators.Select(i => i.Id).ToArray();

        var clock = Stopwatch.StartNew();
        var reviews = new List<ExpertReview>(alliances);
        for (var a = 1; a <= alliances; a++)
        {
            var review = ExpertReview.Create(Admin, campaign, Alliance(a).AllianceId, Reviewing);
            for (var e = 1; e <= experts; e++)
            {
                review.AssignExpert(Admin, campaign, Candidate(e), ["OTHER-UNIT"], Reviewing);
                for (var i = 0; i < indicators.Length; i++)
                {
                    review.Score(Expert(e), campaign, indicators[i], (a + e + i) % 11, Reviewing);
                }

                review.SubmitScores(Expert(e), campaign, Reviewing);
            }

            reviews.Add(review);
        }

        var scored = clock.Elapsed;
        campaign.CloseExpertReview(Admin, reviews, EvaluationSettings.Default, AfterReview);
        var distribution = EvaluationReports.Distribution(campaign.Results());
        clock.Stop();

        output.WriteLine(
            $"{alliances} alliances × {experts} experts × {indicators.Length} indicators: scoring {scored.TotalMilliseconds:F0} ms, " +
            $"composites + grades {(clock.Elapsed - scored).TotalMilliseconds:F0} ms, total {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(alliances, distribution.Total);
        Assert.All(campaign.Alliances, a => Assert.Equal(5, a.ExpertsCounted));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
