using System.Globalization;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The rules every step of a filing application is checked against: who may act, in which state, with what input.</summary>
public static class FilingApplicationRules
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    public static readonly RuleViolation OrganizationRequired = new(
        "filing.organization_required", "Art 11-1", "提出备案申请的账户须属于联盟理事长单位（统一社会信用代码）。",
        "The account applying for filing must belong to the alliance's chair unit (unified social credit code).");

    public static readonly RuleViolation AllianceRequired = new(
        "filing.alliance_required", "Art 10", "须指明申请备案的联盟。", "Name the alliance that applies for filing.");

    public static readonly RuleViolation IndustryFieldRequired = new(
        "filing.industry_field_required", "Art 10", "须填写联盟所属产业领域。", "Give the alliance's industry field.");

    public static readonly RuleViolation RegionInvalid = new(
        "filing.region_invalid", "Art 11-2", "所在地区须为6位行政区划代码（GB/T 2260），用于确定初审推荐部门。",
        "The region is a 6-digit administrative division code (GB/T 2260); it decides which department recommends the application.");

    public static readonly RuleViolation ReasonRequired = new(
        "filing.reason_required", "Art 11", "请填写理由。", "Give a reason.");

    public static RuleViolation TextTooLong(int maxLength) => new(
        "filing.text_too_long", "Art 11", $"文字不能超过{maxLength.ToString(CultureInfo.InvariantCulture)}个字符。",
        $"The text has at most {maxLength.ToString(CultureInfo.InvariantCulture)} characters.");

    /// <summary>The actor's role may not take this step (the HTTP layer checks first; the aggregate refuses too).</summary>
    public static RuleViolation WrongRole(string expectedRole, string article) => new(
        "filing.wrong_role", article, $"此操作须由{RoleZh(expectedRole)}办理。", $"Only the {RoleEn(expectedRole)} can do this.", RuleKind.Conflict);

    /// <summary>The application is not in a state this step starts from.</summary>
    public static RuleViolation WrongState(FilingStatus current, string article, IReadOnlyCollection<FilingStatus> expected) => new(
        "filing.wrong_state", article,
        $"申请当前为“{current.NameZh()}”状态，此操作只能在“{string.Join("”或“", expected.Select(s => s.NameZh()))}”状态下办理。",
        $"The application is {current.NameEn()}; this can only be done while it is {string.Join(" or ", expected.Select(s => s.NameEn()))}.",
        RuleKind.Conflict);

    /// <summary>The application is filed, rejected, lapsed or withdrawn: nothing more happens to it.</summary>
    public static RuleViolation NotOpen(FilingStatus current) => new(
        "filing.not_open", "Art 11", $"申请已{current.NameZh()}，办理已结束，不能再操作。",
        $"The application is {current.NameEn()}; its procedure has ended and nothing more can be done with it.", RuleKind.Conflict);

    public static string RoleZh(string role) => role switch
    {
        PlatformRoles.Applicant => "联盟理事长单位（申请人）",
        PlatformRoles.Recommender => "市（地）科技管理部门或省直行业主管部门",
        PlatformRoles.Secretariat => "省工业技术研究院（总秘书处）",
        PlatformRoles.BusinessDivision => "省科技厅业务主管处室",
        PlatformRoles.AdminDivision => "省科技厅综合管理处室",
        PlatformRoles.Expert => "受邀专家",
        _ => role,
    };

    public static string RoleEn(string role) => role switch
    {
        PlatformRoles.Applicant => "alliance's chair unit (the applicant)",
        PlatformRoles.Recommender => "city science and technology bureau or provincial industry department",
        PlatformRoles.Secretariat => "provincial institute of industrial technology (general secretariat)",
        PlatformRoles.BusinessDivision => "business division of the provincial department of science and technology",
        PlatformRoles.AdminDivision => "general administration division of the provincial department of science and technology",
        PlatformRoles.Expert => "assigned expert",
        _ => role,
    };
}
