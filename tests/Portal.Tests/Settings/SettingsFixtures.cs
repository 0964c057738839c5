using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Settings;
using Bunit;

namespace AlliancePlatform.Portal.Tests.Settings;

/// <summary>Support's entitlement rules as its API answers them, a gateway that serves them, and the page helpers.</summary>
internal static class SettingsFixtures
{
    public const string RulesPath = "/api/support/entitlement-rules";

    public static object Line(string grade, string kind, string holder, bool needsAdminDecision = false, string? zh = null, string? en = null) => new
    {
        grade, kind, kindNameZh = zh ?? kind, kindNameEn = en ?? kind, holder, holderNameZh = holder, needsAdminDecision,
        article = kind == "technology_manager_training" ? "Art 26" : "Art 24",
    };

    public static readonly object[] CurrentLines =
    [
        Line("A", "award_nomination", "alliance", zh: "省科学技术奖提名资格", en: "provincial science and technology award nomination"),
        Line("B", "project_guide_suggestion", "alliance", true, "科技项目指南建议资格", "project-guide suggestion"),
        Line("A", "technology_manager_training", "secretary_general_unit", zh: "技术经理人培训等成果转化人才优先支持计划候选", en: "technology-manager training candidate"),
    ];

    public static string RuleSet(int version, object[] lines, bool current = true, string? by = "综合处王处长", string? reason = "B级联盟指南建议改为视情况") =>
        JsonSerializer.Serialize(new
        {
            version, current, editedAt = by is null ? null : "2026-03-05T06:30:00Z", editedBy = by, reason = by is null ? null : reason, rules = lines,
        });

    public static string Current => RuleSet(2, CurrentLines);

    public static string Versions(int last = 2) => JsonSerializer.Serialize(Enumerable.Range(1, last).Select(v => new
    {
        version = v, current = v == last, editedAt = v == 1 ? null : "2026-03-05T06:30:00Z", editedBy = v == 1 ? null : "综合处王处长",
        reason = v == 1 ? null : $"第{v}次修改", lineCount = v == 1 ? 1 : 3,
    }));

    public const string Stale = """
        {"title":"规则已被他人修改，请按最新版本重新编辑。","status":409,"code":"support.entitlement_rules_stale",
         "detail":"The rules were edited meanwhile; edit the current version."}
        """;

    public const string Mismatch = """
        {"title":"提名、指南建议和申报推荐资格授予联盟；优先支持和人才计划候选授予理事长单位或秘书长单位。","status":422,
         "code":"support.entitlement_rule_holder_mismatch",
         "detail":"Nomination, guide-suggestion and application-recommendation go to the alliance; the priorities and the training candidacy go to the chair or secretary-general unit."}
        """;

    /// <summary>Serves the current rules (<paramref name="current"/> is asked each time), the history, version 1, and answers PUTs.</summary>
    public static FakeGateway RulesGateway(Func<HttpResponseMessage>? onPut = null, Func<string>? current = null, Func<string>? versions = null) =>
        new(request => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("PUT", RulesPath) => onPut?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.InternalServerError),
            ("GET", RulesPath) => FakeGateway.Json(current?.Invoke() ?? Current),
            ("GET", $"{RulesPath}/versions") => FakeGateway.Json(versions?.Invoke() ?? Versions()),
            ("GET", $"{RulesPath}/versions/1") => FakeGateway.Json(RuleSet(1, [Line("A", "award_nomination", "alliance", zh: "省科学技术奖提名资格")], current: false, by: null)),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });

    public static IRenderedComponent<PageHost> Open(PortalTestContext context, string role = "admin_division")
    {
        context.SignIn("综合处王处长", role);
        var page = context.RenderPage<SettingsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=rule-row]").Count));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=rule-version-row]")));
        return page;
    }

    /// <summary>Opens the MudSelect whose input the selector finds and clicks the option with the given test id.</summary>
    public static void Choose(IRenderedComponent<PageHost> page, string select, string option)
    {
        var control = page.Find(select).ParentElement;
        while (control is not null && !(control.ClassList.Contains("mud-input-control") && control.ClassList.Contains("mud-select")))
        {
            control = control.ParentElement;
        }
        control!.MouseDown();
        page.WaitForElement($"[data-testid={option}]").Click();
    }

    public static string InLine(int index, string testId) => $"[data-testid=rule-line][data-index='{index}'] [data-testid={testId}]";

    public static void TypeReason(IRenderedComponent<PageHost> page, string reason) => page.Find("textarea[data-testid=rules-reason]").Input(reason);

    public static void Save(IRenderedComponent<PageHost> page) => page.Find("button[data-testid=save-rules]").Click();

    /// <summary>The text of the field (helper or error) around the input the test id names.</summary>
    public static string TextAround(IRenderedComponent<PageHost> page, string selector)
    {
        var field = page.Find(selector).ParentElement;
        while (field is not null && !field.ClassList.Contains("mud-input-control"))
        {
            field = field.ParentElement;
        }
        return field?.TextContent ?? "";
    }
}
