using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The rules an alliance's registration is checked against, each with its article.</summary>
public static class AllianceRules
{
    public const int NameMaxLength = 100;

    public static readonly RuleViolation NameRequired = new(
        "alliance.name_required", "Art 7-2", "联盟名称不能为空。", "The alliance needs a name.");

    public static readonly RuleViolation NameTooLong = new(
        "alliance.name_too_long", "Art 7-2", $"联盟名称不能超过{NameMaxLength}个字符。", $"The alliance name has at most {NameMaxLength} characters.");

    public static readonly RuleViolation UnknownIndustryField = new(
        "alliance.unknown_industry_field", "Art 5-2", "产业领域不在第五条第二款所列范围内。",
        "The industry field is not one of those listed in Art 5-2.");

    public static readonly RuleViolation OrganizationRequired = new(
        "alliance.organization_required", "Art 7", "登记联盟的账户须属于一个单位（统一社会信用代码）。",
        "The account registering an alliance must belong to a unit (unified social credit code).");

    public static readonly RuleViolation DissolutionAlreadyRequested = new(
        "alliance.dissolution_already_requested", "Art 17-4", "该联盟已提出解散申请。", "The alliance has already asked to be dissolved.", RuleKind.Conflict);

    public static readonly RuleViolation DissolutionResolvedInFuture = new(
        "alliance.dissolution_resolved_in_future", "Art 17-4", "解散决议的日期不能晚于今天。", "The dissolution resolution cannot be dated after today.");

    public static readonly RuleViolation DissolutionReasonRequired = new(
        "alliance.dissolution_reason_required", "Art 17-4", "请说明解散的原因。", "Give the reason for dissolving the alliance.");

    public static readonly RuleViolation DissolutionReasonTooLong = new(
        "alliance.dissolution_reason_too_long", "Art 17-4", "解散原因不超过2000字。", "The reason is at most 2,000 characters.");

    public static readonly RuleViolation NameTaken = new(
        "alliance.name_taken", "Art 7-2", "已有同名联盟。", "An alliance with this name already exists.", RuleKind.Conflict);

    public static readonly RuleViolation NameNotStandard = new(
        "alliance.name_not_standard", "Art 7-2", "联盟名称应为“黑龙江省***产业技术创新联盟”的规范形式。",
        "An alliance is named in the standard form “黑龙江省***产业技术创新联盟” (Heilongjiang … industrial technology innovation alliance).");
}
