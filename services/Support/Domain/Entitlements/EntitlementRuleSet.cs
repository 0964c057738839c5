using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Support.Domain.RuleChecks;

namespace AlliancePlatform.Support.Domain;

/// <summary>
/// One line of the rule data: an alliance with <paramref name="Grade"/> gives <paramref name="Kind"/> to
/// <paramref name="Holder"/>, at once or only after an admin_division decision (B's "视情况", Art 24).
/// </summary>
public sealed record EntitlementRule(Grade Grade, EntitlementKind Kind, EntitlementHolder Holder, bool NeedsAdminDecision = false)
{
    public string Article => Kind.Article();
}

/// <summary>
/// The rules that say what each published grade grants (Art 24, 26), kept as data the admin division edits. Every edit
/// makes a new version; an entitlement names the version it was granted under.
/// </summary>
public sealed class EntitlementRuleSet
{
    private EntitlementRuleSet(int version, IReadOnlyList<EntitlementRule> rules, DateTimeOffset? editedAt, string? editedBy, string? reason)
    {
        Version = version;
        Rules = rules;
        EditedAt = editedAt;
        EditedBy = editedBy;
        Reason = reason;
    }

    public int Version { get; }
    public IReadOnlyList<EntitlementRule> Rules { get; }
    /// <summary>When the admin division made this version; null for <see cref="Default"/>.</summary>
    public DateTimeOffset? EditedAt { get; }
    public string? EditedBy { get; }
    /// <summary>Why the admin division made this version; null for <see cref="Default"/>.</summary>
    public string? Reason { get; }

    /// <summary>
    /// The rules (version 1): A gives the alliance award nomination, project-guide suggestion and project-application
    /// recommendation; B gives the project-guide suggestion after a decision; the chair and secretary-general units of an A or
    /// B alliance get the three priorities [policy default]; the secretary-general unit of an A alliance is a training
    /// candidate (Art 26). C and D give nothing.
    /// </summary>
    public static EntitlementRuleSet Default { get; } = new(1, DefaultRules(), null, null, null);

    public IEnumerable<EntitlementRule> RulesFor(Grade grade) => Rules.Where(r => r.Grade == grade);

    /// <summary>The rules as they were kept (a stored version read back), checked like an edit.</summary>
    public static EntitlementRuleSet Restore(
        int version, IEnumerable<EntitlementRule> rules, DateTimeOffset? editedAt, string? editedBy, string? reason = null)
    {
        Require(version >= 1, EntitlementRuleRules.VersionInvalid);
        return new EntitlementRuleSet(version, Validated(rules), editedAt, editedBy, reason);
    }

    /// <summary>
    /// The admin division replaces the rules, with its reason: the result is the next version; this one stays as it was.
    /// <paramref name="expectedVersion"/> is the version the editor read: an edit of an older one is refused (another edit came first).
    /// </summary>
    public EntitlementRuleSet Edit(Actor actor, int expectedVersion, IEnumerable<EntitlementRule> rules, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, "Art 24");
        Require(expectedVersion == Version, EntitlementRuleRules.Stale);
        var why = RequiredText(reason, SupportRules.ReasonRequired);
        var validated = Validated(rules);
        Require(!validated.SequenceEqual(Rules), EntitlementRuleRules.Unchanged);
        return new EntitlementRuleSet(Version + 1, validated, now.Stored(), actor.Subject, why);
    }

    private static List<EntitlementRule> Validated(IEnumerable<EntitlementRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToList();
        Require(list.All(r => Enum.IsDefined(r.Grade) && Enum.IsDefined(r.Kind) && Enum.IsDefined(r.Holder)), EntitlementRuleRules.ValueUnknown);
        Require(list.All(r => r.Kind.IsUnitKind() == (r.Holder != EntitlementHolder.Alliance)), EntitlementRuleRules.HolderMismatch);
        Require(list.DistinctBy(r => (r.Grade, r.Kind, r.Holder)).Count() == list.Count, EntitlementRuleRules.Duplicate);
        return [.. list.OrderBy(r => r.Grade).ThenBy(r => r.Holder).ThenBy(r => r.Kind)];
    }

    private static List<EntitlementRule> DefaultRules()
    {
        EntitlementKind[] unitPriorities =
            [EntitlementKind.ProjectApprovalPriority, EntitlementKind.InnovationPlatformPriority, EntitlementKind.ChiefEngineerDispatchPriority];
        List<EntitlementRule> rules =
        [
            new(Grade.A, EntitlementKind.AwardNomination, EntitlementHolder.Alliance),
            new(Grade.A, EntitlementKind.ProjectGuideSuggestion, EntitlementHolder.Alliance),
            new(Grade.A, EntitlementKind.ProjectApplicationRecommendation, EntitlementHolder.Alliance),
            new(Grade.B, EntitlementKind.ProjectGuideSuggestion, EntitlementHolder.Alliance, NeedsAdminDecision: true),
            new(Grade.A, EntitlementKind.TechnologyManagerTraining, EntitlementHolder.SecretaryGeneralUnit),
        ];
        foreach (var grade in new[] { Grade.A, Grade.B })
        {
            foreach (var holder in new[] { EntitlementHolder.ChairUnit, EntitlementHolder.SecretaryGeneralUnit })
            {
                rules.AddRange(unitPriorities.Select(kind => new EntitlementRule(grade, kind, holder)));
            }
        }

        return Validated(rules);
    }
}

public static class EntitlementRuleRules
{
    public static readonly RuleViolation ValueUnknown = new(
        "support.entitlement_rule_unknown_value", "Art 24", "规则中的等级、资格类型或享有主体无法识别。",
        "A rule names a grade, an entitlement kind or a holder that does not exist.");

    public static readonly RuleViolation HolderMismatch = new(
        "support.entitlement_rule_holder_mismatch", "Art 24",
        "提名、指南建议和申报推荐资格授予联盟；优先支持和人才计划候选授予理事长单位或秘书长单位。",
        "Nomination, guide-suggestion and application-recommendation go to the alliance; the priorities and the training candidacy go to the chair or secretary-general unit.");

    public static readonly RuleViolation Duplicate = new(
        "support.entitlement_rule_duplicate", "Art 24", "同一等级、同一享有主体的同一资格只能配置一次。",
        "A grade gives a kind to a holder at most once.");

    public static readonly RuleViolation Unchanged = new(
        "support.entitlement_rules_unchanged", "Art 24", "规则没有变化，未生成新版本。", "The rules are unchanged; no new version was made.", RuleKind.Conflict);

    public static readonly RuleViolation Stale = new(
        "support.entitlement_rules_stale", "Art 24", "规则已被他人修改，请按最新版本重新编辑。",
        "The rules were edited meanwhile; edit the current version.", RuleKind.Conflict);

    public static readonly RuleViolation VersionInvalid = new(
        "support.entitlement_rules_version_invalid", "Art 24", "规则版本号须为正整数。", "A rule version is a positive number.");
}
