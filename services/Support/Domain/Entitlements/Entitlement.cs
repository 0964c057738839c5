using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Support.Domain.RuleChecks;

namespace AlliancePlatform.Support.Domain;

public enum EntitlementStatus
{
    /// <summary>Waits for the admin division's decision (B's project-guide suggestion, "视情况").</summary>
    Pending,
    Granted,
    Declined,
    Withdrawn,
    /// <summary>Ended by the alliance's next published grade.</summary>
    Superseded,
}

/// <summary>Why an entitlement was withdrawn before the next grade (Art 24).</summary>
public enum WithdrawalReason
{
    /// <summary>The alliance's filing was revoked (撤销备案).</summary>
    Revoked,
    /// <summary>The unit left the alliance.</summary>
    UnitLeft,
    /// <summary>The unit is no longer the chair or the secretary-general unit.</summary>
    RoleChanged,
}

/// <summary>
/// An entitlement (Art 24, 26) of an alliance, or of its chair or secretary-general unit, granted on a published grade and
/// valid until the alliance's next published grade; withdrawn at once on revocation or when the unit leaves or loses the
/// role. Nothing is deleted: an ended entitlement keeps when and why it ended, so "what was held on a past date" can be answered.
/// </summary>
public sealed class Entitlement
{
    private Entitlement()
    {
    }

    public Guid Id { get; private init; }
    public Guid AllianceId { get; private init; }
    public EntitlementHolder Holder { get; private init; }
    /// <summary>The unit's credit code for a unit's entitlement; null for the alliance's own.</summary>
    public string? UnitCreditCode { get; private init; }
    public EntitlementKind Kind { get; private init; }
    public string Article { get; private init; } = "";
    public Guid CampaignId { get; private init; }
    public int CampaignYear { get; private init; }
    public Grade Grade { get; private init; }
    /// <summary>The version of <see cref="EntitlementRuleSet"/> the grant followed.</summary>
    public int RuleSetVersion { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }

    public EntitlementStatus Status { get; private set; }
    /// <summary>When the platform recorded the grant (at once, or on the admin division's approval).</summary>
    public DateTimeOffset? GrantedAt { get; private set; }
    /// <summary>When it starts to hold: the grade's publication, or the approval of a pending one.</summary>
    public DateTimeOffset? ValidFrom { get; private set; }
    /// <summary>When it stopped (declined, withdrawn, or the next grade's publication); null while it lasts.</summary>
    public DateTimeOffset? EndedAt { get; private set; }
    public WithdrawalReason? WithdrawalReason { get; private set; }
    /// <summary>The campaign whose grade superseded it.</summary>
    public Guid? SupersededByCampaignId { get; private set; }
    /// <summary>The admin division's decision on a pending one: who, and why.</summary>
    public string? DecidedBy { get; private set; }
    public string? DecisionReason { get; private set; }
    /// <summary>What the event that withdrew it said (e.g. the revocation's reference).</summary>
    public string? EndNote { get; private set; }

    /// <summary>Still in force or still waiting: what a new grade supersedes and a withdrawal ends.</summary>
    public bool IsCurrent => Status is EntitlementStatus.Granted or EntitlementStatus.Pending;

    /// <summary>Whether the entitlement held at that instant (asOf queries): granted, started, and not yet ended.</summary>
    public bool IsHeldOn(DateTimeOffset instant) =>
        ValidFrom is { } from && from <= instant && (EndedAt is not { } ended || instant < ended);

    /// <summary>Why it is held, as the query answers: grade, campaign, holder and article.</summary>
    public string WhyZh() => $"{CampaignYear}年度活跃度评价{Grade}级联盟的{Holder.NameZh()}（{Article}）";

    public string WhyEn() => $"{Holder.NameEn()} of an alliance graded {Grade} in the {CampaignYear} evaluation ({Article})";

    /// <summary>Made by <see cref="EntitlementGranting"/> for one rule of the set on a published grade.</summary>
    internal static Entitlement Create(PublishedGrade grade, EntitlementRule rule, string? unitCreditCode, int ruleSetVersion, DateTimeOffset now)
    {
        var pending = rule.NeedsAdminDecision;
        return new Entitlement
        {
            Id = Guid.CreateVersion7(now),
            AllianceId = grade.AllianceId,
            Holder = rule.Holder,
            UnitCreditCode = unitCreditCode,
            Kind = rule.Kind,
            Article = rule.Article,
            CampaignId = grade.CampaignId,
            CampaignYear = grade.CampaignYear,
            Grade = grade.Grade,
            RuleSetVersion = ruleSetVersion,
            CreatedAt = now.Stored(),
            Status = pending ? EntitlementStatus.Pending : EntitlementStatus.Granted,
            GrantedAt = pending ? null : now.Stored(),
            ValidFrom = pending ? null : grade.PublishedAt.Stored(),
        };
    }

    /// <summary>The admin division grants a pending entitlement ("视情况给予", Art 24); it holds from now.</summary>
    public void Approve(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Article);
        Require(Status == EntitlementStatus.Pending, EntitlementRules.NotPending);
        DecisionReason = RequiredText(reason, SupportRules.ReasonRequired);
        DecidedBy = actor.Subject;
        Status = EntitlementStatus.Granted;
        GrantedAt = now.Stored();
        ValidFrom = now.Stored();
    }

    /// <summary>The admin division declines a pending entitlement, with its reason; it never held.</summary>
    public void Decline(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Article);
        Require(Status == EntitlementStatus.Pending, EntitlementRules.NotPending);
        DecisionReason = RequiredText(reason, SupportRules.ReasonRequired);
        DecidedBy = actor.Subject;
        Status = EntitlementStatus.Declined;
        EndedAt = now.Stored();
    }

    /// <summary>Withdrawn at once (Art 24): the filing was revoked, or the unit left or lost its role.</summary>
    public void Withdraw(WithdrawalReason reason, string? note, DateTimeOffset now)
    {
        Require(Enum.IsDefined(reason), EntitlementRules.WithdrawalReasonUnknown);
        Require(IsCurrent, EntitlementRules.AlreadyEnded);
        Require(reason == Domain.WithdrawalReason.Revoked || Holder != EntitlementHolder.Alliance, EntitlementRules.NotAUnitEntitlement);
        EndNote = OptionalText(note);
        WithdrawalReason = reason;
        Status = EntitlementStatus.Withdrawn;
        EndedAt = Later(now.Stored(), ValidFrom);
    }

    /// <summary>The alliance's next published grade ends it (valid until the next grade, Art 24).</summary>
    public void Supersede(PublishedGrade next, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(next);
        Require(next.AllianceId == AllianceId, EntitlementRules.OtherAlliance);
        Require(next.CampaignId != CampaignId, EntitlementRules.SameCampaign);
        Require(IsCurrent, EntitlementRules.AlreadyEnded);
        var wasPending = Status == EntitlementStatus.Pending;
        SupersededByCampaignId = next.CampaignId;
        Status = EntitlementStatus.Superseded;
        EndedAt = Later(wasPending ? now.Stored() : next.PublishedAt.Stored(), ValidFrom);
    }

    private static DateTimeOffset Later(DateTimeOffset time, DateTimeOffset? other) => other is { } o && o > time ? o : time;
}

public static class EntitlementRules
{
    public static readonly RuleViolation NotPending = new(
        "support.entitlement_not_pending", "Art 24", "该资格不在待决定状态。", "The entitlement is not waiting for a decision.", RuleKind.Conflict);

    public static readonly RuleViolation AlreadyEnded = new(
        "support.entitlement_ended", "Art 24", "该资格已终止（已被拒绝、撤回或被新的评价结果替代）。",
        "The entitlement has already ended (declined, withdrawn or superseded by a newer grade).", RuleKind.Conflict);

    public static readonly RuleViolation NotAUnitEntitlement = new(
        "support.entitlement_not_a_unit_one", "Art 24", "联盟本身享有的资格只在撤销备案或新的评价结果发布时终止。",
        "An alliance's own entitlement ends only on revocation or on its next grade.");

    public static readonly RuleViolation WithdrawalReasonUnknown = new(
        "support.withdrawal_reason_unknown", "Art 24", "撤回理由须为撤销备案、退出联盟或不再担任理事长/秘书长单位。",
        "A withdrawal is for revocation, the unit leaving, or the unit losing its role.");

    public static readonly RuleViolation OtherAlliance = new(
        "support.entitlement_other_alliance", "Art 24", "只有本联盟新的评价结果才能替代其资格。",
        "Only the alliance's own next grade supersedes its entitlements.");

    public static readonly RuleViolation SameCampaign = new(
        "support.entitlement_same_campaign", "Art 24", "同一次评价的结果不能替代该次评价授予的资格。",
        "A grade does not supersede the entitlements it granted itself.", RuleKind.Conflict);
}
