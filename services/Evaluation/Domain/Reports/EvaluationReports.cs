using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>A graded alliance with its scores, as the reports read it (see <see cref="EvaluationCampaign.Results"/>).</summary>
public sealed record AllianceResult(
    Guid AllianceId,
    string Name,
    string IndustryField,
    string Region,
    decimal? Composite,
    Grade Grade,
    decimal? OrganisationBuilding,
    decimal? Activities,
    decimal? InnovationImpact);

/// <param name="Rank">Standard competition ranking: equal composites share a rank and the next rank skips (1, 2, 2, 4).</param>
public sealed record RankedAlliance(int Rank, AllianceResult Result);

public sealed record GradeDistribution(int A, int B, int C, int D)
{
    public int Total => A + B + C + D;

    public int Of(Grade grade) => grade switch
    {
        Grade.A => A,
        Grade.B => B,
        Grade.C => C,
        Grade.D => D,
        _ => throw new ArgumentOutOfRangeException(nameof(grade)),
    };
}

/// <summary>Averages over a group of alliances (an industry field or a region), rounded like every score.</summary>
/// <param name="Alliances">Alliances in the group with a composite (an adjusted grade without one is not averaged).</param>
public sealed record GroupAverages(
    string Key, int Alliances, decimal Composite, decimal OrganisationBuilding, decimal Activities, decimal InnovationImpact);

/// <summary>A campaign's report (Art 23 评价结果): the ranking, the grade distribution, and the averages by field and by region.</summary>
public sealed record CampaignReport(
    Guid CampaignId,
    int Year,
    string Title,
    CampaignStatus Status,
    IReadOnlyList<RankedAlliance> Ranking,
    GradeDistribution Distribution,
    IReadOnlyList<GroupAverages> ByIndustryField,
    IReadOnlyList<GroupAverages> ByRegion);

/// <summary>The pure computations behind a campaign's report: ranking, grade distribution, averages by field and by region.</summary>
public static class EvaluationReports
{
    /// <summary>The report of the campaign's grades as they stand; refused until the expert review has closed and grades are proposed.</summary>
    public static CampaignReport For(EvaluationCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        Require(campaign.HasGrades, CampaignRules.NoGradesYet);
        var results = campaign.Results();
        return new CampaignReport(
            campaign.Id, campaign.Year, campaign.Title, campaign.Status,
            Ranking(results), Distribution(results), ByIndustryField(results), ByRegion(results));
    }

    /// <summary>
    /// Alliances with a composite, highest first. Ties share a rank; within a tie the order is the alliance name
    /// (ordinal), then its id, so the same input always gives the same list.
    /// </summary>
    public static IReadOnlyList<RankedAlliance> Ranking(IEnumerable<AllianceResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ordered = results
            .Where(r => r.Composite is not null)
            .OrderByDescending(r => r.Composite)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.AllianceId)
            .ToList();

        var ranked = new List<RankedAlliance>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Composite == ordered[i - 1].Composite ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedAlliance(rank, ordered[i]));
        }

        return ranked;
    }

    public static GradeDistribution Distribution(IEnumerable<AllianceResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Distribution(results.Select(r => r.Grade));
    }

    public static GradeDistribution Distribution(IEnumerable<Grade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var counts = new int[4];
        foreach (var grade in grades)
        {
            counts[(int)grade]++;
        }

        return new GradeDistribution(counts[0], counts[1], counts[2], counts[3]);
    }

    /// <summary>Averages per industry field, ordered by field (ordinal).</summary>
    public static IReadOnlyList<GroupAverages> ByIndustryField(IEnumerable<AllianceResult> results) => Averages(results, r => r.IndustryField);

    /// <summary>Averages per region code (GB/T 2260, as the alliance gave it), ordered by code.</summary>
    public static IReadOnlyList<GroupAverages> ByRegion(IEnumerable<AllianceResult> results) => Averages(results, r => r.Region);

    private static List<GroupAverages> Averages(IEnumerable<AllianceResult> results, Func<AllianceResult, string> key)
    {
        ArgumentNullException.ThrowIfNull(results);
        return
        [
            .. results
                .Where(r => r.Composite is not null)
                .GroupBy(key, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new GroupAverages(
                    g.Key,
                    g.Count(),
                    Mean(g, r => r.Composite),
                    Mean(g, r => r.OrganisationBuilding),
                    Mean(g, r => r.Activities),
                    Mean(g, r => r.InnovationImpact))),
        ];
    }

    private static decimal Mean(IEnumerable<AllianceResult> group, Func<AllianceResult, decimal?> value) =>
        CompositeScore.Round(group.Average(r => value(r) ?? 0m));
}
