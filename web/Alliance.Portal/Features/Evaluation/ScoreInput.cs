using System.Globalization;

namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>
/// A score as typed, checked as Evaluation checks it (ScoringRules): a number from 0 to the indicator's maximum, to at
/// most two decimals. <see cref="Problem"/> is a text key with the maximum as its argument.
/// </summary>
public static class ScoreInput
{
    public static decimal? Parse(string? typed) =>
        decimal.TryParse(typed?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Null when the score may be sent.</summary>
    public static string? Problem(string? typed, decimal maxScore)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return "EvaluationScoreRequired";
        }
        if (Parse(typed) is not { } score)
        {
            return "EvaluationScoreNotNumber";
        }
        if (score < 0m)
        {
            return "EvaluationScoreNegative";
        }
        if (score > maxScore)
        {
            return "EvaluationScoreAboveMax";
        }
        return decimal.Round(score, 2) != score ? "EvaluationScorePrecision" : null;
    }

    /// <summary>A score or maximum as people write it: 8.5, 10.</summary>
    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
