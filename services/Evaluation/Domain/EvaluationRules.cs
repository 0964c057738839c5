using System.Globalization;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The rules shared by every part of the evaluation: who may act, in which state, and how long a text may be.</summary>
public static class EvaluationRules
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    public static readonly RuleViolation ReasonRequired = new(
        "evaluation.reason_required", "Art 23", "请填写理由。", "Give a reason.");

    public static RuleViolation TextTooLong(int maxLength) => new(
        "evaluation.text_too_long", "Art 20", $"文字不能超过{Number(maxLength)}个字符。",
        $"The text has at most {Number(maxLength)} characters.");

    /// <summary>The actor's role may not take this step (the HTTP layer checks first; the aggregate refuses too).</summary>
    public static RuleViolation WrongRole(string expectedRole, string article) => new(
        "evaluation.wrong_role", article, $"此操作须由{RoleZh(expectedRole)}办理。", $"Only the {RoleEn(expectedRole)} can do this.", RuleKind.Conflict);

    public static RuleViolation WrongState(CampaignStatus current, string article, IReadOnlyCollection<CampaignStatus> expected) => new(
        "evaluation.wrong_state", article,
        $"评价工作当前为“{current.NameZh()}”阶段，此操作只能在“{string.Join("”或“", expected.Select(s => s.NameZh()))}”阶段办理。",
        $"The campaign is {current.NameEn()}; this can only be done while it is {string.Join(" or ", expected.Select(s => s.NameEn()))}.",
        RuleKind.Conflict);

    public static string RoleZh(string role) => role switch
    {
        PlatformRoles.Applicant => "联盟（理事长单位或秘书处经办人）",
        PlatformRoles.Secretariat => "省工业技术研究院（总秘书处）",
        PlatformRoles.AdminDivision => "省科技厅综合管理处室",
        PlatformRoles.Expert => "受邀评审专家",
        Actor.SystemRole => "平台（定时任务）",
        _ => role,
    };

    public static string RoleEn(string role) => role switch
    {
        PlatformRoles.Applicant => "alliance itself (its chair unit or secretariat staff)",
        PlatformRoles.Secretariat => "provincial institute of industrial technology (general secretariat)",
        PlatformRoles.AdminDivision => "general administration division of the provincial department of science and technology",
        PlatformRoles.Expert => "assigned review expert",
        Actor.SystemRole => "platform (on its timer)",
        _ => role,
    };

    internal static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
