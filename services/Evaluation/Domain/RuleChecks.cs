using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The checks every Evaluation aggregate reads as a list of named rules; a broken one throws <see cref="RuleViolationException"/>.</summary>
internal static class RuleChecks
{
    public static void Require(bool condition, RuleViolation violation)
    {
        if (!condition)
        {
            throw new RuleViolationException(violation);
        }
    }

    public static void RequireRole(Actor actor, string role, string article)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != role)
        {
            throw new RuleViolationException(EvaluationRules.WrongRole(role, article));
        }
    }

    /// <summary>The text trimmed, or a violation when it is empty or longer than <paramref name="maxLength"/>.</summary>
    public static string RequiredText(string? text, RuleViolation whenMissing, int maxLength = EvaluationRules.TextMaxLength)
    {
        var trimmed = text?.Trim() ?? "";
        Require(trimmed.Length > 0, whenMissing);
        Require(trimmed.Length <= maxLength, EvaluationRules.TextTooLong(maxLength));
        return trimmed;
    }

    /// <summary>At most two decimal places: scores, weights and thresholds are kept to the hundredth.</summary>
    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;

    /// <summary>The time as it is kept: UTC (PostgreSQL timestamptz takes nothing else), to the microsecond.</summary>
    public static DateTimeOffset Stored(this DateTimeOffset time) => time.ToUniversalTime().ToStoredPrecision();
}
