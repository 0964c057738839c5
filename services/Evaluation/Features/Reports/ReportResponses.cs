using AlliancePlatform.Evaluation.Domain;

namespace AlliancePlatform.Evaluation.Features.Reports;

/// <param name="Rank">Equal composites share a rank (1, 2, 2, 4).</param>
/// <param name="Grade">"A" to "D", as everywhere the platform shows a grade.</param>
public sealed record RankingRow(
    int Rank, Guid AllianceId, string Alliance, string IndustryField, string Region, decimal? Composite, string Grade,
    decimal? OrganisationBuilding, decimal? Activities, decimal? InnovationImpact);

/// <param name="Ranking">Alliances with a composite, highest first; a grade given by adjustment without one counts in the distribution only.</param>
public sealed record CampaignReportResponse(
    Guid CampaignId, int Year, string Title, CampaignStatus Status, IReadOnlyList<RankingRow> Ranking, GradeDistribution Distribution,
    IReadOnlyList<GroupAverages> ByIndustryField, IReadOnlyList<GroupAverages> ByRegion)
{
    public static CampaignReportResponse For(CampaignReport report) => new(
        report.CampaignId, report.Year, report.Title, report.Status,
        [
            .. report.Ranking.Select(r => new RankingRow(
                r.Rank, r.Result.AllianceId, r.Result.Name, r.Result.IndustryField, r.Result.Region, r.Result.Composite, r.Result.Grade.ToString(),
                r.Result.OrganisationBuilding, r.Result.Activities, r.Result.InnovationImpact)),
        ],
        report.Distribution, report.ByIndustryField, report.ByRegion);
}

public sealed record ScoreSheetScore(string Code, string Name, Dimension Dimension, decimal Weight, decimal MaxScore, decimal? Score);

/// <param name="Total">The sheet's weighted total (0 to 100); null when the expert did not hand it in, so it does not count.</param>
/// <param name="Dropped">Set when the total was left out of the composite as the highest or the lowest (five or more experts scored).</param>
public sealed record ScoreSheetExpert(
    Guid ExpertId, string Name, string UnitCreditCode, DateTimeOffset? SubmittedAt, decimal? Total, bool Counted, DroppedTotal? Dropped,
    IReadOnlyList<ScoreSheetScore> Scores);

/// <summary>An alliance's score sheet once the review has closed (Art 22): every assigned expert's scores and total, and the composite.</summary>
/// <param name="ExpertsCounted">The totals the composite averages: all handed-in ones, or all but the highest and the lowest.</param>
public sealed record ScoreSheetResponse(
    Guid CampaignId, Guid AllianceId, string Alliance, int ExpertsScored, int ExpertsCounted, decimal? Composite,
    decimal? OrganisationBuilding, decimal? Activities, decimal? InnovationImpact, string? ProposedGrade, string? Grade,
    IReadOnlyList<ScoreSheetExpert> Experts)
{
    public static ScoreSheetResponse For(EvaluationCampaign campaign, ExpertReview review)
    {
        var counted = review.CountedSheets(campaign).ToDictionary(s => s.Expert.Id);
        var alliance = campaign.InScope(review.AllianceId);
        var plan = campaign.Indicators.OrderBy(i => i.Order).ToList();
        return new(
            campaign.Id, alliance.AllianceId, alliance.Name, counted.Count, alliance.ExpertsCounted, alliance.Composite,
            alliance.OrganisationBuildingScore, alliance.ActivitiesScore, alliance.InnovationImpactScore, alliance.ProposedGrade?.ToString(), alliance.Grade?.ToString(),
            [
                .. review.Experts.Where(e => e.IsAssigned).OrderBy(e => e.AssignedAt).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e =>
                {
                    var sheet = counted.GetValueOrDefault(e.Id);
                    return new ScoreSheetExpert(
                        e.ExpertId, e.Name, e.UnitCreditCode, e.SubmittedAt, sheet?.Total, sheet is { Dropped: null }, sheet?.Dropped,
                        [.. plan.Select(i => new ScoreSheetScore(i.Code, i.Name, i.Dimension, i.Weight, i.MaxScore, e.ScoreOn(i.Id)))]);
                }),
            ]);
    }
}
