using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Support.Domain.RuleChecks;
using static AlliancePlatform.Support.Domain.SupportRules;

namespace AlliancePlatform.Support.Domain;

/// <summary>The amounts an offer lends or invests, in yuan to the fen: Minimum ≤ amount ≤ Maximum.</summary>
public sealed record AmountRange
{
    public AmountRange(decimal minimum, decimal maximum)
    {
        Require(minimum > 0 && maximum >= minimum && HasAtMostTwoDecimals(minimum) && HasAtMostTwoDecimals(maximum), FinancingRules.RangeInvalid);
        Minimum = minimum;
        Maximum = maximum;
    }

    public decimal Minimum { get; }
    public decimal Maximum { get; }

    public bool Contains(decimal amount) => amount >= Minimum && amount <= Maximum;
}

public static class FinancingRules
{
    public static readonly RuleViolation RangeInvalid = new(
        "support.financing_range_invalid", "Art 27", "融资额度须满足 0 < 下限 ≤ 上限，且至多两位小数。",
        "The amount range satisfies 0 < minimum ≤ maximum, to at most two decimals.");

    public static readonly RuleViolation ProductRequired = new(
        "support.financing_product_required", "Art 27", "请填写金融产品名称。", "Name the financial product.");

    public static readonly RuleViolation TermsRequired = new(
        "support.financing_terms_required", "Art 27", "请填写融资条件（期限、利率或费率、担保要求等）。",
        "State the terms (duration, rate or fee, collateral).");

    public static readonly RuleViolation PurposeRequired = new(
        "support.financing_purpose_required", "Art 27", "请填写融资用途。", "Say what the financing is for.");

    public static readonly RuleViolation NotAFinancialMember = new(
        "support.not_a_financial_member", "Art 27", "只有以金融机构（银行、创业投资机构、担保公司等）身份加入联盟的成员单位才能发布融资产品。",
        "Only a unit that is a financial-institution member (bank, venture investor, guarantor) of an alliance can publish financing offers.",
        RuleKind.Conflict);

    public static readonly RuleViolation NotAnEnterpriseMember = new(
        "support.not_an_enterprise_member", "Art 27", "只有面向其所在联盟发布的融资产品，企业成员单位才能申请。",
        "A member enterprise can only apply to an offer made to an alliance it belongs to.", RuleKind.Conflict);

    public static readonly RuleViolation OfferClosed = new(
        "support.financing_offer_closed", "Art 27", "该融资产品已停止受理。", "The offer no longer takes requests.", RuleKind.Conflict);

    public static readonly RuleViolation NotSent = new(
        "support.financing_request_answered", "Art 27", "该融资申请已答复或已撤回。", "The request has already been answered or withdrawn.", RuleKind.Conflict);

    public static readonly RuleViolation NotTheApplicant = new(
        "support.not_the_applicant", "Art 27", "只有提出申请的企业才能撤回融资申请。", "Only the enterprise that sent the request can withdraw it.", RuleKind.Conflict);

    public static RuleViolation AmountOutOfRange(AmountRange range) => new(
        "support.financing_amount_out_of_range", "Art 27",
        $"申请金额须在该产品的额度范围内（{Number(range.Minimum)}元至{Number(range.Maximum)}元）。",
        $"The amount is within the offer's range (CNY {Number(range.Minimum)} to {Number(range.Maximum)}).");
}
