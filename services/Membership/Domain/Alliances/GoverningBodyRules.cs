using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The rules the council, the expert committee and the secretariat are checked against (Art 6-3, 7-3..7-5).</summary>
public static class GoverningBodyRules
{
    public const int PersonNameMaxLength = 50;
    public const int AffiliationMaxLength = 100;
    public const int TitleMaxLength = 50;
    public const int OfficeAddressMaxLength = 200;

    public static readonly RuleViolation CouncilMemberNameRequired = new(
        "council.person_name_required", "Art 7-3", "须填写理事的姓名。", "A council member needs a name.");

    public static readonly RuleViolation UnknownCouncilPosition = new(
        "council.unknown_position", "Art 7-3", "理事会职务不在所列范围内。", "The council position is not one of those listed.");

    public static readonly RuleViolation CouncilUnitNotMember = new(
        "council.unit_not_member", "Art 7-3", "理事会由联盟成员单位的相关负责人员组成。",
        "The council is made up of responsible persons of the alliance's member units.");

    public static readonly RuleViolation CouncilChairTaken = new(
        "council.chair_taken", "Art 7-3", "理事会已有理事长。", "The council already has a chair.", RuleKind.Conflict);

    public static readonly RuleViolation UnknownCouncilMember = new(
        "council.unknown_member", "Art 7-3", "理事会没有这名理事。", "The council has no such member.");

    public static readonly RuleViolation ExpertNameRequired = new(
        "expert_committee.name_required", "Art 7-4", "须填写专家的姓名。", "An expert needs a name.");

    public static readonly RuleViolation ExpertAffiliationRequired = new(
        "expert_committee.affiliation_required", "Art 7-4", "须填写专家的工作单位。", "An expert's affiliation is required.");

    public static readonly RuleViolation ExpertTitleRequired = new(
        "expert_committee.title_required", "Art 7-4", "须填写专家的职称。", "An expert's professional title is required.");

    public static readonly RuleViolation UnknownExpert = new(
        "expert_committee.unknown_member", "Art 7-4", "专家委员会没有这名专家。", "The expert committee has no such member.");

    public static readonly RuleViolation OfficeAddressRequired = new(
        "secretariat.office_address_required", "Art 7-5", "秘书处须有办公地点。", "The secretariat needs an office address.");

    public static readonly RuleViolation NegativeStaffCount = new(
        "secretariat.negative_staff_count", "Art 7-5", "秘书处工作人员数不能为负。", "The secretariat's staff count cannot be negative.");

    public static readonly RuleViolation NegativeBudget = new(
        "secretariat.negative_budget", "Art 7-5", "秘书处办公经费不能为负。", "The secretariat's budget cannot be negative.");

    public static readonly RuleViolation TextTooLong = new(
        "governing_body.text_too_long", "Art 6-3",
        $"姓名不超过{PersonNameMaxLength}个字符，单位不超过{AffiliationMaxLength}个字符，职称不超过{TitleMaxLength}个字符，地址不超过{OfficeAddressMaxLength}个字符。",
        $"Names have at most {PersonNameMaxLength} characters, affiliations {AffiliationMaxLength}, titles {TitleMaxLength}, addresses {OfficeAddressMaxLength}.");
}
