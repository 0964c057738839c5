using System.Globalization;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Support.Domain;

/// <summary>The rules shared by every part of support (Art 24-27): who may act, and how long a text may be.</summary>
public static class SupportRules
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;
    /// <summary>A unified social credit code has 18 characters; a little room for test and foreign codes.</summary>
    public const int CreditCodeLength = 32;

    public static readonly RuleViolation ReasonRequired = new(
        "support.reason_required", "Art 24", "请填写理由。", "Give a reason.");

    public static RuleViolation TextTooLong(int maxLength) => new(
        "support.text_too_long", "Art 24", $"文字不能超过{Number(maxLength)}个字符。", $"The text has at most {Number(maxLength)} characters.");

    /// <summary>The actor's role may not take this step (the HTTP layer checks first; the aggregate refuses too).</summary>
    public static RuleViolation WrongRole(string expectedRole, string article) => new(
        "support.wrong_role", article, $"此操作须由{RoleZh(expectedRole)}办理。", $"Only the {RoleEn(expectedRole)} can do this.", RuleKind.Conflict);

    public static RuleViolation WrongUnit(string article) => new(
        "support.wrong_unit", article, "此操作只能由发布该资源的单位办理。", "Only the unit that listed this can do this.", RuleKind.Conflict);

    public static RuleViolation UnitRequired(string article) => new(
        "support.unit_required", article, "登录身份未关联单位（统一社会信用代码），不能办理此操作。",
        "The signed-in account names no unit (unified social credit code); this needs one.");

    public static string RoleZh(string role) => role switch
    {
        PlatformRoles.AdminDivision => "省科技厅综合管理处室",
        Actor.SystemRole => "平台（事件处理）",
        _ => role,
    };

    public static string RoleEn(string role) => role switch
    {
        PlatformRoles.AdminDivision => "general administration division of the provincial department of science and technology",
        Actor.SystemRole => "platform (on an event)",
        _ => role,
    };

    internal static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
