using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Support.Domain;

/// <summary>The checks every Support aggregate reads as a list of named rules; a broken one throws <see cref="RuleViolationException"/>.</summary>
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
        Require(actor.Role == role, SupportRules.WrongRole(role, article));
    }

    /// <summary>The acting unit is the one named: the owner of an instrument, the institution behind an offer.</summary>
    public static void RequireUnit(Actor actor, string creditCode, string article) =>
        Require(IsUnit(actor, creditCode), SupportRules.WrongUnit(article));

    public static bool IsUnit(Actor actor, string creditCode)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return string.Equals(actor.Organization?.Trim(), creditCode, StringComparison.Ordinal);
    }

    /// <summary>The credit code of the acting unit, or a violation when the token names none.</summary>
    public static string UnitOf(Actor actor, string article)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RequiredText(actor.Organization, SupportRules.UnitRequired(article), SupportRules.CreditCodeLength);
    }

    /// <summary>The text trimmed, or a violation when it is empty or longer than <paramref name="maxLength"/>.</summary>
    public static string RequiredText(string? text, RuleViolation whenMissing, int maxLength = SupportRules.TextMaxLength)
    {
        var trimmed = text?.Trim() ?? "";
        Require(trimmed.Length > 0, whenMissing);
        Require(trimmed.Length <= maxLength, SupportRules.TextTooLong(maxLength));
        return trimmed;
    }

    /// <summary>The text trimmed, or null when it is empty; a violation when longer than <paramref name="maxLength"/>.</summary>
    public static string? OptionalText(string? text, int maxLength = SupportRules.TextMaxLength)
    {
        var trimmed = text?.Trim() ?? "";
        Require(trimmed.Length <= maxLength, SupportRules.TextTooLong(maxLength));
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>At most two decimal places: amounts are kept to the fen (分).</summary>
    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;

    /// <summary>The time as it is kept: UTC (PostgreSQL timestamptz takes nothing else), to the microsecond.</summary>
    public static DateTimeOffset Stored(this DateTimeOffset time) => time.ToUniversalTime().ToStoredPrecision();
}
