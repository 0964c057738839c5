using System.Diagnostics;
using AlliancePlatform.Evaluation.Domain;
using Xunit.Abstractions;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>
/// The review of a campaign at the scale gives every alliance a composite and a grade. It prints how long that
/// took but asserts no time (quality.md: timed assertions flake on a shared machine); the timed figure belongs to the
/// scale benchmark, bench/EvaluationScale (docs/performance.md).
/// </summary>
public class ScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Art22_Art23_ThousandAlliancesSevenExpertsTwentyIndicators_EachGetsATrimmedComposite()
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
    }
}
