using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The checks every Filing aggregate reads as a list of named rules; a broken one throws <see cref="RuleViolationException"/>.</summary>
internal static class RuleChecks
{
    public static void Require(bool condition, RuleViolation violation)
    {
        if (!condition)
        {
            throw new RuleViolationException(violation);
        }
    }

    /// <summary>The text trimmed, or a violation when it is empty or longer than <paramref name="maxLength"/>.</summary>
    public static string RequiredText(string? text, RuleViolation whenMissing, int maxLength = FilingApplicationRules.TextMaxLength)
    {
        var trimmed = text?.Trim() ?? "";
        Require(trimmed.Length > 0, whenMissing);
        RequireAtMost(trimmed, maxLength);
        return trimmed;
    }

    /// <summary>The text trimmed, null when it is empty; a violation when it is longer than <paramref name="maxLength"/>.</summary>
    public static string? OptionalText(string? text, int maxLength = FilingApplicationRules.TextMaxLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        RequireAtMost(trimmed, maxLength);
        return trimmed;
    }

    private static void RequireAtMost(string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            throw new RuleViolationException(FilingApplicationRules.TextTooLong(maxLength));
        }
    }
}
