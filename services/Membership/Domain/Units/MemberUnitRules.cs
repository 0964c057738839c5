using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The rules a member unit's registration and details are checked against, each with its article.</summary>
public static class MemberUnitRules
{
    public const int NameMaxLength = 100;
    public const int PersonNameMaxLength = 50;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 254;

    public static readonly RuleViolation OrganizationRequired = new(
        "member_unit.organization_required", "Art 6-1", "登记成员单位的账户须属于一个单位（统一社会信用代码）。",
        "The account registering a member unit must belong to a unit (unified social credit code).");

    public static readonly RuleViolation NameRequired = new(
        "member_unit.name_required", "Art 6-1", "成员单位名称不能为空。", "The member unit needs a name.");

    public static readonly RuleViolation NameTooLong = new(
        "member_unit.name_too_long", "Art 6-1", $"成员单位名称不能超过{NameMaxLength}个字符。",
        $"The member unit name has at most {NameMaxLength} characters.");

    public static readonly RuleViolation UnknownType = new(
        "member_unit.unknown_type", "Art 6-1", "成员单位类型不在所列范围内。", "The member unit type is not one of those listed.");

    public static readonly RuleViolation LegalRepresentativeRequired = new(
        "member_unit.legal_representative_required", "Art 6-2", "须填写成员单位的法定代表人，章程由其签署。",
        "The member unit's legal representative is required: it is they who sign the charter.");

    public static readonly RuleViolation ContactPersonRequired = new(
        "member_unit.contact_person_required", "Art 9-1", "须填写成员单位的联系人。", "The member unit needs a contact person.");

    public static readonly RuleViolation PersonNameTooLong = new(
        "member_unit.person_name_too_long", "Art 9-1", $"人名不能超过{PersonNameMaxLength}个字符。",
        $"A person's name has at most {PersonNameMaxLength} characters.");

    public static readonly RuleViolation ContactPhoneInvalid = new(
        "member_unit.contact_phone_invalid", "Art 9-1", "联系电话应为7至15位数字，可含+、-、空格和括号。",
        "The contact phone has 7 to 15 digits and may contain +, -, spaces and brackets.");

    public static readonly RuleViolation ContactEmailInvalid = new(
        "member_unit.contact_email_invalid", "Art 9-1", "联系邮箱格式不正确。", "The contact email address is not valid.");

    public static readonly RuleViolation CreditCodeTaken = new(
        "member_unit.credit_code_taken", "GB 32100-2015", "已有使用该统一社会信用代码的成员单位。",
        "A member unit with this unified social credit code already exists.", RuleKind.Conflict);
}
