using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Support.Domain;

namespace AlliancePlatform.Support.Features.Entitlements;

/// <summary>An entitlement as other platforms read it: who holds what, from which alliance and grade, since and until when.</summary>
/// <param name="Grade">"A" or "B".</param>
/// <param name="UnitCreditCode">The unit's credit code; null for the alliance's own entitlement.</param>
/// <param name="ValidUntil">When it stopped holding; null while it lasts (until the alliance's next published grade).</param>
/// <param name="RuleSetVersion">The version of the entitlement rules it was granted under.</param>
public sealed record EntitlementResponse(
    Guid Id,
    Guid AllianceId,
    string AllianceName,
    string? UnitCreditCode,
    EntitlementHolder Holder,
    EntitlementKind Kind,
    string KindNameZh,
    string KindNameEn,
    string Article,
    string Grade,
    Guid CampaignId,
    int CampaignYear,
    EntitlementStatus Status,
    string WhyZh,
    string WhyEn,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    WithdrawalReason? WithdrawalReason,
    string? DecidedBy,
    string? DecisionReason,
    int RuleSetVersion)
{
    public static EntitlementResponse For(Entitlement e, string allianceName) => new(
        e.Id, e.AllianceId, allianceName, e.UnitCreditCode, e.Holder, e.Kind, e.Kind.NameZh(), e.Kind.NameEn(), e.Article, e.Grade.ToString(),
        e.CampaignId, e.CampaignYear, e.Status, e.WhyZh(), e.WhyEn(), e.ValidFrom, e.EndedAt, e.WithdrawalReason, e.DecidedBy, e.DecisionReason,
        e.RuleSetVersion);
}

/// <param name="Reason">Why the admin division grants or declines it (kept in the audit trail and on the entitlement).</param>
public sealed record EntitlementDecisionRequest([Required, MaxLength(SupportRules.TextMaxLength)] string Reason);
