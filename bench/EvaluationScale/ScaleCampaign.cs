using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Bench.EvaluationScale;

/// <summary>
/// A campaign of the scale, built through the domain with a fixed clock: every alliance in expert review, each
/// of its experts having handed in a complete sheet. Scores are deterministic: the same seed gives the same campaign.
/// </summary>
internal static class ScaleCampaign
{
    public static readonly Actor Admin = new("admin-bench", PlatformRoles.AdminDivision, "11230000MB0000000A");
    private static readonly Actor Secretariat = new("secretariat-bench", PlatformRoles.Secretariat, "12230000MB0000000S");

    private static readonly CampaignWindows Days = new(
        new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 15), new DateOnly(2026, 9, 16), new DateOnly(2026, 9, 25));

    private static readonly DateTimeOffset Drafted = At(2026, 8, 3);
    private static readonly DateTimeOffset Reviewing = At(2026, 9, 17);
    public static readonly DateTimeOffset AfterReview = At(2026, 9, 28);

    private static readonly string[] Fields = ["新材料", "生物医药", "高端装备", "新一代信息技术", "现代农业", "新能源", "绿色食品", "冰雪经济"];
    private static readonly string[] Regions = ["230100", "230200", "230300", "230400", "230500", "230600", "230700", "230800", "230900", "231000", "231100", "231200", "232700"];
    private const int ExpertPool = 60;

    /// <summary>The title of every campaign the benchmark builds: how the PostgreSQL mode finds its earlier copies.</summary>
    public const string Title = "2026年度产业技术创新联盟活跃度评价（规模测试）";

    /// <summary>
    /// 20 indicators, weights summing to 100: organisation building 6 × 5 = 30, activities 5 × 6 + 2 × 5 = 40, impact
    /// 2 × 5 + 5 × 4 = 30; maximum scores 10, 20 or 5 in turn.
    /// </summary>
    public static IReadOnlyList<IndicatorDefinition> Plan(int indicators)
    {
        if (indicators != 20)
        {
            throw new ArgumentOutOfRangeException(nameof(indicators), "The plan of the benchmark has 20 indicators.");
        }

        decimal[] weights = [5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 5, 5, 5, 5, 4, 4, 4, 4, 4];
        decimal[] maxima = [10m, 20m, 5m];
        return
        [
            .. weights.Select((weight, i) => new IndicatorDefinition(
                $"X{i + 1:D2}", $"指标{i + 1}", i < 6 ? Dimension.OrganisationBuilding : i < 13 ? Dimension.Activities : Dimension.InnovationImpact,
                weight, maxima[i % maxima.Length], "评分标准")),
        ];
    }

    /// <summary>The campaign in expert review and one review per alliance, every expert's sheet handed in.</summary>
    public static (EvaluationCampaign Campaign, IReadOnlyList<ExpertReview> Reviews) Build(int alliances, int experts, int indicators, int seed)
    {
        if (experts > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(experts), "At most 7 experts per alliance (distinct in a pool of 60).");
        }

        var campaign = EvaluationCampaign.Create(
            Admin, 2026, Title, Days, Enumerable.Range(1, alliances).Select(Alliance), Drafted);
        campaign.DefinePlan(Admin, Plan(indicators), Drafted);
        campaign.Open(Admin, Drafted);
        campaign.StartSelfAssessment(Secretariat, At(2026, 9, 1, 8));
        campaign.StartExpertReview(Admin, At(2026, 9, 16, 9));

        var random = new Random(seed);
        var reviews = new List<ExpertReview>(alliances);
        foreach (var alliance in campaign.Alliances)
        {
            var review = ExpertReview.Create(Admin, campaign, alliance.AllianceId, Reviewing);
            // The alliance's level, 50 % to 98 % of the maximum; each expert scores within ±8 points of it.
            var level = 0.50 + random.NextDouble() * 0.48;
            for (var e = 0; e < experts; e++)
            {
                var n = (reviews.Count + e * 11) % ExpertPool + 1;
                review.AssignExpert(Admin, campaign, Candidate(n), [], Reviewing);
                var expert = new Actor($"expert-{n}", PlatformRoles.Expert, $"EXPERT-UNIT-{n}");
                foreach (var indicator in campaign.Indicators)
                {
                    var share = Math.Clamp(level + (random.NextDouble() - 0.5) * 0.16, 0.0, 1.0);
                    review.Score(expert, campaign, indicator.Id, decimal.Round(indicator.MaxScore * (decimal)share, 2), Reviewing);
                }

                review.SubmitScores(expert, campaign, Reviewing);
            }

            reviews.Add(review);
        }

        return (campaign, reviews);
    }

    private static AllianceInScope Alliance(int n) =>
        new(new Guid($"10000000-0000-0000-0000-{n:D12}"), $"联盟{n:D4}", Fields[n % Fields.Length], Regions[n % Regions.Length]);

    private static ExpertCandidate Candidate(int n) =>
        new(new Guid($"00000000-0000-0000-0000-{n:D12}"), $"expert-{n}", $"专家{n}", $"EXPERT-UNIT-{n}");

    private static DateTimeOffset At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));
}
