using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Evaluation.Domain.EvaluationRules;
using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// How one indicator is scored, by the alliance itself (Art 21) or by an expert (Art 22): an indicator of the plan, from
/// 0 to its maximum, to at most two decimals.
/// </summary>
public static class ScoringRules
{
    public static RuleViolation IndicatorUnknown(string article) => new(
        "evaluation.indicator_unknown", article, "评估工作方案中没有该指标。", "The evaluation plan has no such indicator.");

    public static RuleViolation ScoreOutOfRange(string article, Indicator indicator) => new(
        "evaluation.score_out_of_range", article,
        $"指标“{indicator.Name}”的得分须在0至{Number(indicator.MaxScore)}分之间。",
        $"The score of indicator {indicator.Code} is between 0 and {Number(indicator.MaxScore)}.");

    public static RuleViolation ScorePrecision(string article) => new(
        "evaluation.score_precision", article, "得分至多保留两位小数。", "A score has at most two decimals.");

    public static RuleViolation ScoresIncomplete(string article, IEnumerable<Indicator> missing) => new(
        "evaluation.scores_incomplete", article, "尚有指标未评分。", "Some indicators have no score yet.")
    {
        Details =
        [
            .. missing.Select(i => new RuleViolationDetail(
                "evaluation.indicator_not_scored", article, $"指标“{i.Name}”（{i.Code}）未评分。", $"Indicator {i.Code} has no score.")),
        ],
    };

    /// <summary>The indicator the score is for, once the score is within its range; a violation otherwise.</summary>
    internal static Indicator CheckedScore(EvaluationCampaign campaign, Guid indicatorId, decimal score, string article)
    {
        var indicator = campaign.FindIndicator(indicatorId) ?? throw new RuleViolationException(IndicatorUnknown(article));
        Require(score >= 0m && score <= indicator.MaxScore, ScoreOutOfRange(article, indicator));
        Require(HasAtMostTwoDecimals(score), ScorePrecision(article));
        return indicator;
    }

    /// <summary>Every indicator of the plan is scored, else a violation listing those that are not.</summary>
    internal static void RequireComplete(EvaluationCampaign campaign, Func<Guid, bool> isScored, string article)
    {
        var missing = campaign.Indicators.Where(i => !isScored(i.Id)).ToList();
        Require(missing.Count == 0, ScoresIncomplete(article, missing));
    }
}
