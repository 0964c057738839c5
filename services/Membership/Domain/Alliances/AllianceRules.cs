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

    public static readonly RuleViolation NameTaken = new(
        "alliance.name_taken", "Art 7-2", "已有同名联盟。", "An alliance with this name already exists.", RuleKind.Conflict);

    public static readonly RuleViolation NameNotStandard = new(
        "alliance.name_not_standard", "Art 7-2", "联盟名称应为“黑龙江省***产业技术创新联盟”的规范形式。",
        "An alliance is named in the standard form “黑龙江省***产业技术创新联盟” (Heilongjiang … industrial technology innovation alliance).");
}
