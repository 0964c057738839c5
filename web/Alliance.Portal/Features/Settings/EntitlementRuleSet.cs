namespace AlliancePlatform.Portal.Features.Settings;

/// <summary>One version of Support's entitlement rules, as <c>GET /api/support/entitlement-rules[/versions/{n}]</c> answers.</summary>
/// <param name="EditedAt">Null for version 1, the default.</param>
public sealed record EntitlementRuleSet(
    int Version, bool Current, DateTimeOffset? EditedAt, string? EditedBy, string? Reason, IReadOnlyList<EntitlementRuleLine> Rules);

/// <summary>A line of the rules: an alliance with <paramref name="Grade"/> gives <paramref name="Kind"/> to <paramref name="Holder"/>.</summary>
public sealed record EntitlementRuleLine(
    string Grade, string Kind, string? KindNameZh, string? KindNameEn, string Holder, string? HolderNameZh, bool NeedsAdminDecision, string? Article);

/// <summary>A version in the history (<c>GET /api/support/entitlement-rules/versions</c>, oldest first).</summary>
public sealed record EntitlementRuleVersion(int Version, bool Current, DateTimeOffset? EditedAt, string? EditedBy, string? Reason, int LineCount);
