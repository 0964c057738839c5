using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>The checks every Reporting aggregate reads as a list of named rules; a broken one throws <see cref="RuleViolationException"/>.</summary>
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
            throw new RuleViolationException(ReportingRules.WrongRole(role, article));
        }
    }

    /// <summary>The text trimmed, or a violation when it is empty or longer than <paramref name="maxLength"/>.</summary>
    public static string RequiredText(string? text, RuleViolation whenMissing, int maxLength = ReportingRules.TextMaxLength)
    {
        var trimmed = text?.Trim() ?? "";
        Require(trimmed.Length > 0, whenMissing);
        RequireAtMost(trimmed, maxLength);
        return trimmed;
    }

    /// <summary>The text trimmed, null when it is empty; a violation when it is longer than <paramref name="maxLength"/>.</summary>
    public static string? OptionalText(string? text, int maxLength = ReportingRules.TextMaxLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        RequireAtMost(trimmed, maxLength);
        return trimmed;
    }

    /// <summary>An amount of money in yuan: not negative, at most two decimal places (fen).</summary>
    public static bool IsAmount(decimal value) => value >= 0 && decimal.Round(value, 2) == value;

    /// <summary>The time as it is kept: UTC (PostgreSQL timestamptz takes nothing else), to the microsecond.</summary>
    public static DateTimeOffset Stored(this DateTimeOffset time) => time.ToUniversalTime().ToStoredPrecision();

    private static void RequireAtMost(string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            throw new RuleViolationException(ReportingRules.TextTooLong(maxLength));
        }
    }
}
