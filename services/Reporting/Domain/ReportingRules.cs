using System.Globalization;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>The rules shared by every part of reporting: who may act, and how long a text may be.</summary>
public static class ReportingRules
{
    public const int TextMaxLength = 4000;
    public const int TitleMaxLength = 200;

    public static readonly RuleViolation ReasonRequired = new(
        "reporting.reason_required", "Art 13", "请填写理由。", "Give a reason.");

    public static RuleViolation TextTooLong(int maxLength) => new(
        "reporting.text_too_long", "Art 13", $"文字不能超过{maxLength.ToString(CultureInfo.InvariantCulture)}个字符。",
        $"The text has at most {maxLength.ToString(CultureInfo.InvariantCulture)} characters.");

    /// <summary>The actor's role may not take this step (the HTTP layer checks first; the aggregate refuses too).</summary>
    public static RuleViolation WrongRole(string expectedRole, string article) => new(
        "reporting.wrong_role", article, $"此操作须由{RoleZh(expectedRole)}办理。", $"Only the {RoleEn(expectedRole)} can do this.", RuleKind.Conflict);

    public static string RoleZh(string role) => role switch
    {
        PlatformRoles.Applicant => "联盟（理事长单位或秘书处经办人）",
        PlatformRoles.Secretariat => "省工业技术研究院（总秘书处）",
        PlatformRoles.AdminDivision => "省科技厅综合管理处室",
        _ => role,
    };

    public static string RoleEn(string role) => role switch
    {
        PlatformRoles.Applicant => "alliance itself (its chair unit or secretariat staff)",
        PlatformRoles.Secretariat => "provincial institute of industrial technology (general secretariat)",
        PlatformRoles.AdminDivision => "general administration division of the provincial department of science and technology",
        _ => role,
    };
}
