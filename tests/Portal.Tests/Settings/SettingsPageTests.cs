using System.Net;
using System.Text.Json;
using Bunit;
using static AlliancePlatform.Portal.Tests.Settings.SettingsFixtures;

namespace AlliancePlatform.Portal.Tests.Settings;

public class SettingsPageTests
{
    private static readonly object[] WithC = [.. CurrentLines, Line("C", "technology_manager_training", "chair_unit", zh: "技术经理人培训等成果转化人才优先支持计划候选")];

    [Fact]
    public async Task TheCurrentVersion_IsShownInChinese_WithItsHistory()
    {
        var gateway = RulesGateway();
        await using var context = new PortalTestContext(gateway);

        var page = Open(context);

        Assert.Equal("第2版（现行）", page.Find("[data-testid=rules-version]").TextContent);
        Assert.Equal("综合处王处长", page.Find("[data-testid=rules-edited-by]").TextContent);
        Assert.Equal("2026年3月5日 14:30", page.Find("[data-testid=rules-edited-at]").TextContent);
        Assert.Equal("B级联盟指南建议改为视情况", page.Find("[data-testid=rules-reason-shown]").TextContent);
        var rows = page.FindAll("[data-testid=rule-row]");
        Assert.Equal(["省科学技术奖提名资格", "联盟", "否", "第24条"], rows[0].QuerySelectorAll("td").Skip(1).Select(td => td.TextContent));
        Assert.Equal(["B", "科技项目指南建议资格", "联盟", "是（视情况）", "第24条"], rows[1].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["技术经理人培训等成果转化人才优先支持计划候选", "秘书长单位", "否", "第26条"], rows[2].QuerySelectorAll("td").Skip(1).Select(td => td.TextContent));
        var versions = page.FindAll("[data-testid=rule-version-row]");
        Assert.Equal(["2", "1"], versions.Select(v => v.GetAttribute("data-version")));
        Assert.Contains("办法原定规则", versions[1].TextContent);
        Assert.Equal(["/api/support/entitlement-rules", "/api/support/entitlement-rules/versions"], gateway.Requests.Select(r => r.AbsolutePath));
    }

    [Fact]
    public async Task TheRules_AreNamedInEnglishToo()
    {
        await using var context = new PortalTestContext(RulesGateway(), "en");

        var page = Open(context);

        Assert.Equal("Version 2 (current)", page.Find("[data-testid=rules-version]").TextContent);
        var rows = page.FindAll("[data-testid=rule-row]");
        Assert.Equal(["B", "project-guide suggestion", "alliance", "Yes (case by case)", "Art 24"], rows[1].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["technology-manager training candidate", "secretary-general unit", "No", "Art 26"], rows[2].QuerySelectorAll("td").Skip(1).Select(td => td.TextContent));
        Assert.DoesNotContain("秘书长单位", page.Find("[data-testid=rules-table]").TextContent);
    }

    [Fact]
    public async Task AnOlderVersion_IsShownReadOnly_AndTheCurrentOneComesBack()
    {
        var gateway = RulesGateway();
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("[data-testid=rule-version-row][data-version='1']").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=rule-row]")));
        Assert.Equal("/api/support/entitlement-rules/versions/1", gateway.Requests[^1].AbsolutePath);
        Assert.Equal("第1版", page.Find("[data-testid=rules-version]").TextContent);
        Assert.Contains("历史版本，只读", page.Find("[data-testid=rules-older]").TextContent);
        // The editor still edits the current version.
        Assert.Equal(3, page.FindAll("[data-testid=rule-line]").Count);

        page.Find("button[data-testid=view-current-rules]").Click();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=rule-row]").Count));
        Assert.Empty(page.FindAll("[data-testid=rules-older]"));
    }

    [Fact]
    public async Task TheOtherOfficials_ReadTheRules_ButHaveNoEditor()
    {
        await using var context = new PortalTestContext(RulesGateway());

        var page = Open(context, "secretariat");

        Assert.Empty(page.FindAll("[data-testid=rules-editor]"));
        Assert.Empty(page.FindAll("[data-testid=save-rules]"));
        Assert.Empty(page.FindAll("[data-testid=add-rule]"));
        Assert.Contains("综合处", page.Find("[data-testid=rules-read-only]").TextContent);
    }

    [Fact]
    public async Task TheReason_IsRequired_AndUnchangedRulesAreNotSent()
    {
        var gateway = RulesGateway();
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Save(page);

        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", TextAround(page, "textarea[data-testid=rules-reason]")));
        Assert.Contains("规则没有变化", page.Find("[data-testid=rules-unchanged]").TextContent);

        TypeReason(page, "只填理由");
        Save(page);
        page.WaitForAssertion(() => Assert.DoesNotContain("此项为必填项。", TextAround(page, "textarea[data-testid=rules-reason]")));
        Assert.NotEmpty(page.FindAll("[data-testid=rules-unchanged]"));
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task ADuplicateLine_IsRefusedBesideIt_AndNotSent()
    {
        var gateway = RulesGateway();
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("button[data-testid=add-rule]").Click();
        Choose(page, InLine(3, "rule-grade"), "rule-grade-B");
        TypeReason(page, "重复一条");
        Save(page);

        page.WaitForAssertion(() => Assert.Equal(["1", "3"], page.FindAll("[data-testid=rule-line-problem]").Select(p => p.GetAttribute("data-index"))));
        Assert.Contains("同一等级、同一享有主体的同一支持政策只能配置一次。", page.Find("[data-testid=rule-line-problem][data-index='3']").TextContent);
        Assert.Empty(gateway.Writes);

        page.Find("[data-testid=rule-line][data-index='3'] button[data-testid=remove-rule]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=rule-line-problem]")));
    }

    [Fact]
    public async Task Saving_PutsEveryLineWithTheVersionEdited_AndShowsTheNewVersion()
    {
        var saved = false;
        var gateway = RulesGateway(
            onPut: () => { saved = true; return FakeGateway.Json(RuleSet(3, WithC, reason: "C级联盟理事长单位纳入候选")); },
            current: () => saved ? RuleSet(3, WithC) : Current,
            versions: () => Versions(saved ? 3 : 2));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("button[data-testid=add-rule]").Click();
        Choose(page, InLine(3, "rule-grade"), "rule-grade-C");
        Choose(page, InLine(3, "rule-kind"), "rule-kind-technology_manager_training");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=rule-line-problem][data-index='3']")));
        Choose(page, InLine(3, "rule-holder"), "rule-holder-chair_unit");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=rule-line-problem]")));
        Assert.Equal("第26条", page.Find(InLine(3, "rule-article")).TextContent);
        TypeReason(page, "C级联盟理事长单位纳入候选");
        Save(page);

        page.WaitForAssertion(() => Assert.Contains("第3版", page.Find("[data-testid=rules-saved]").TextContent));
        var put = Assert.Single(gateway.Writes);
        Assert.Equal(RulesPath, put.Uri.AbsolutePath);
        Assert.NotNull(put.IdempotencyKey);
        using var body = JsonDocument.Parse(put.Body);
        Assert.Equal(2, body.RootElement.GetProperty("expectedVersion").GetInt32());
        Assert.Equal("C级联盟理事长单位纳入候选", body.RootElement.GetProperty("reason").GetString());
        var lines = body.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("""{"grade":"C","kind":"technology_manager_training","holder":"chair_unit","needsAdminDecision":false}""", lines[3].GetRawText());
        Assert.True(lines[1].GetProperty("needsAdminDecision").GetBoolean());
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=rule-row]").Count));
        Assert.Equal("第3版（现行）", page.Find("[data-testid=rules-version]").TextContent);
        Assert.Equal(3, page.FindAll("[data-testid=rule-version-row]").Count);
        Assert.Equal("", page.Find("textarea[data-testid=rules-reason]").GetAttribute("value") ?? "");
        Assert.Empty(page.FindAll("[data-testid=rules-unsaved]"));
    }

    [Fact]
    public async Task TickingNeedsDecision_IsSentForThatLine()
    {
        var gateway = RulesGateway(onPut: () => FakeGateway.Json(RuleSet(3, CurrentLines)));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        var tick = page.Find(InLine(0, "rule-needs-decision"));
        (tick.TagName == "INPUT" ? tick : tick.QuerySelector("input")!).Change(true);
        TypeReason(page, "A级提名也须决定");
        Save(page);

        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        using var body = JsonDocument.Parse(gateway.Writes[0].Body);
        Assert.True(body.RootElement.GetProperty("rules")[0].GetProperty("needsAdminDecision").GetBoolean());
    }

    [Fact]
    public async Task SomeoneElseSavingFirst_IsSaid_TheEditsAreKept_AndReloadBringsTheirVersion()
    {
        var theirs = false;
        var gateway = RulesGateway(
            onPut: () => { theirs = true; return FakeGateway.Problem(Stale, HttpStatusCode.Conflict); },
            current: () => theirs ? RuleSet(3, [Line("A", "award_nomination", "alliance", zh: "省科学技术奖提名资格")], by: "综合处李科长") : Current,
            versions: () => Versions(theirs ? 3 : 2));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("button[data-testid=add-rule]").Click();
        TypeReason(page, "我的修改");
        Save(page);

        page.WaitForAssertion(() => Assert.Contains("他人已保存第3版", page.Find("[data-testid=rules-stale]").TextContent));
        Assert.Equal(4, page.FindAll("[data-testid=rule-line]").Count);
        Assert.Equal("我的修改", page.Find("textarea[data-testid=rules-reason]").GetAttribute("value"));
        Assert.NotEmpty(page.FindAll("[data-testid=rules-unsaved]"));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
        using (var body = JsonDocument.Parse(gateway.Writes[0].Body))
        {
            Assert.Equal(2, body.RootElement.GetProperty("expectedVersion").GetInt32());
        }

        page.Find("button[data-testid=reload-rules]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=rule-line]")));
        Assert.Empty(page.FindAll("[data-testid=rules-stale]"));
        Assert.Equal("第3版（现行）", page.Find("[data-testid=rules-version]").TextContent);
        Assert.Equal("我的修改", page.Find("textarea[data-testid=rules-reason]").GetAttribute("value"));
        Assert.Contains("基于第3版", page.Find("[data-testid=rules-editor]").PreviousElementSibling!.TextContent);
    }

    [Fact]
    public async Task ARefusal_IsShownAboveTheEditorInTheLanguageChosen_TheEditsAreKept_AndTheRetryUsesTheSameKey()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(Mismatch, HttpStatusCode.UnprocessableEntity),
            new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            FakeGateway.Json(RuleSet(3, WithC)),
        ]);
        var gateway = RulesGateway(onPut: answers.Dequeue);
        await using var context = new PortalTestContext(gateway, "en");
        var page = Open(context);

        page.Find("button[data-testid=add-rule]").Click();
        TypeReason(page, "one more line");
        Save(page);

        page.WaitForAssertion(() => Assert.StartsWith("Nomination, guide-suggestion", page.Find("[data-testid=rules-editor] [data-testid=problem]").TextContent.Trim()));
        Assert.Equal(4, page.FindAll("[data-testid=rule-line]").Count);
        Assert.Equal("one more line", page.Find("textarea[data-testid=rules-reason]").GetAttribute("value"));

        Save(page);
        page.WaitForAssertion(() => Assert.Equal(2, gateway.Writes.Count));
        Save(page);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=rules-saved]")));
        Assert.Equal(3, gateway.Writes.Count);
        Assert.Single(gateway.Writes.Select(w => w.IdempotencyKey).Distinct());
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public async Task TheServersErrorAboutALine_IsShownBesideThatLine()
    {
        const string invalid = """
            {"title":"请求有误 / One or more validation errors occurred.","status":400,
             "errors":{"rules[1].grade":["评价等级须为A、B、C或D。 / The grade is A, B, C or D."]}}
            """;
        var gateway = RulesGateway(onPut: () => FakeGateway.Problem(invalid, HttpStatusCode.BadRequest));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("button[data-testid=add-rule]").Click();
        TypeReason(page, "再加一条");
        Save(page);

        page.WaitForAssertion(() => Assert.Equal("评价等级须为A、B、C或D。", page.Find("[data-testid=rule-line-problem][data-index='1']").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }
}
