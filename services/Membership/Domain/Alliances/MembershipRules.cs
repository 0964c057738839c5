using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The rules joining, leaving and the member roles are checked against (Art 7-3, 8-7).</summary>
public static class MembershipRules
{
    public const int ReasonMaxLength = 500;

    public static readonly RuleViolation AlreadyMember = new(
        "membership.already_member", "Art 8-7", "该单位已是联盟成员或正在加入。",
        "The unit is already a member of the alliance or is joining it.", RuleKind.Conflict);

    public static readonly RuleViolation NotMember = new(
        "membership.not_member", "Art 8-7", "该单位不是联盟成员。", "The unit is not a member of the alliance.", RuleKind.Conflict);

    public static readonly RuleViolation DateInFuture = new(
        "membership.date_in_future", "Art 8-7", "成员变动日期不能晚于今天。", "A membership change cannot be dated after today.");

    public static readonly RuleViolation LeftBeforeJoining = new(
        "membership.left_before_joining", "Art 8-7", "退出日期不能早于加入日期。", "A unit cannot leave before the date it joined.");

    public static readonly RuleViolation LeaveReasonRequired = new(
        "membership.leave_reason_required", "Art 8-7", "须说明退出联盟的原因。", "Leaving the alliance needs a reason.");

    public static readonly RuleViolation ReasonTooLong = new(
        "membership.reason_too_long", "Art 8-7", $"原因不能超过{ReasonMaxLength}个字符。", $"A reason has at most {ReasonMaxLength} characters.");

    public static readonly RuleViolation RoleHolderCannotLeave = new(
        "membership.role_holder_cannot_leave", "Art 7-3", "理事长单位或秘书长单位须先由其他成员单位接任，方可退出。",
        "The chair unit or secretary-general unit can leave only after another member unit takes over its role.", RuleKind.Conflict);

    public static readonly RuleViolation ChairUnitNotMember = new(
        "membership.chair_unit_not_member", "Art 7-3", "理事长单位须是已签署章程的联盟成员单位。",
        "The chair unit must be a member unit that has signed the charter.");

    public static readonly RuleViolation SecretaryGeneralUnitNotMember = new(
        "membership.secretary_general_unit_not_member", "Art 7-5", "秘书长单位须是已签署章程的联盟成员单位。",
        "The secretary-general unit must be a member unit that has signed the charter.");
}
