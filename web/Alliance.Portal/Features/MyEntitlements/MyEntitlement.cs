namespace AlliancePlatform.Portal.Features.MyEntitlements;

/// <summary>Support's <c>/api/support/entitlements/mine</c>: one entitlement the applicant's unit or one of its alliances holds.</summary>
/// <param name="Holder">alliance, chair_unit or secretary_general_unit.</param>
/// <param name="ValidUntil">Null while it lasts (until the alliance's next published grade).</param>
public sealed record MyEntitlement(
    Guid Id, Guid AllianceId, string AllianceName, string? UnitCreditCode, string Holder, string Kind, string KindNameZh, string KindNameEn,
    string Article, string Grade, int CampaignYear, string Status, string WhyZh, string WhyEn, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil)
{
    public string KindName(bool english) => english ? KindNameEn : KindNameZh;

    public string Why(bool english) => english ? WhyEn : WhyZh;
}
