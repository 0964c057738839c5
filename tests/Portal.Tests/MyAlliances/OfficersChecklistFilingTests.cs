using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static AlliancePlatform.Portal.Tests.MyAlliances.MyAllianceFixtures;

namespace AlliancePlatform.Portal.Tests.MyAlliances;

public class OfficersChecklistFilingTests
{
    private const string Application = "9a8b7c6d-5e4f-4321-8fed-cba987654321";

    private const string NotKnownYet = """
        {"title":"联盟信息尚未同步 / The alliance is not known to filing yet","status":409,"code":"filing.alliance_unknown",
         "detail":"备案系统尚未收到该联盟的组建信息，请稍后重试。 / Filing has not yet received the alliance's formation; try again shortly."}
        """;

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        context.SignIn("李明", "applicant", CompanyCode);
        return OpenAlliance(context);
    }

    [Fact]
    public async Task ChoosingTheChairUnit_PutsItWithDateAndReason_ThenReadsTheAllianceAndChecklistAgain()
    {
        var gateway = AllianceGateway(_ => FakeGateway.Json(Detail));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);
        var readsBefore = gateway.Requests.Count(r => r.AbsolutePath.EndsWith("/eligibility", StringComparison.Ordinal));

        Assert.Equal(Today, page.Find("[data-testid=chair-changed-on]").GetAttribute("value"));
        Choose(page, "chair-unit", $"chair-unit-{CompanyCode}");
        Type(page, "chair-changed-on", "2026-03-05");
        Type(page, "chair-reason", "成立大会选举");
        page.Find("[data-testid=save-chair-unit]").Click();

        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        var write = gateway.Writes[0];
        Assert.Equal($"/api/membership/alliances/{Alliance}/chair-unit", write.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(write.Body);
        Assert.Equal(Company, body.RootElement.GetProperty("memberUnitId").GetGuid());
        Assert.Equal("2026-03-05", body.RootElement.GetProperty("changedOn").GetString());
        Assert.Equal("成立大会选举", body.RootElement.GetProperty("reason").GetString());
        page.WaitForAssertion(() => Assert.True(
            gateway.Requests.Count(r => r.AbsolutePath.EndsWith("/eligibility", StringComparison.Ordinal)) > readsBefore));
    }

    [Fact]
    public async Task SavingNoChairUnit_SaysItIsRequired_AndTheOptionsAreTheMemberUnits()
    {
        var gateway = AllianceGateway(_ => FakeGateway.Json(Detail));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("[data-testid=save-chair-unit]").Click();

        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", TextUnder(page, "chair-unit")));
        Assert.Empty(gateway.Writes);
        Choose(page, "secretary-general-unit", $"secretary-general-unit-{UniversityCode}");
        Assert.Equal("哈尔滨理工大学", page.Find("[data-testid=secretary-general-unit]").GetAttribute("value"));
    }

    [Fact]
    public async Task TheChecklist_ShowsEachConditionPassedOrFailed_WithItsArticle_InChinese()
    {
        await using var context = new PortalTestContext(AllianceGateway(_ => FakeGateway.Json(Detail)));

        var page = Open(context);

        var checks = page.FindAll("[data-testid=eligibility-check]");
        Assert.Equal(2, checks.Count);
        Assert.Equal("true", checks[0].GetAttribute("data-passed"));
        Assert.Contains("满足", checks[0].TextContent);
        Assert.Contains("第6条第1款", checks[0].TextContent);
        Assert.Contains("成员单位不少于3家", checks[0].TextContent);
        Assert.Equal("false", checks[1].GetAttribute("data-passed"));
        Assert.Contains("未满足", checks[1].TextContent);
        Assert.Contains("章程尚未经全体成员单位签署。", checks[1].TextContent);
        Assert.DoesNotContain("Not every member", page.Markup);
        Assert.Equal("尚有1项条件未满足（共2项）。", page.Find("[data-testid=eligibility-summary]").TextContent.Trim());
    }

    [Fact]
    public async Task TheChecklist_IsInEnglish_ForAnEnglishReader()
    {
        await using var context = new PortalTestContext(AllianceGateway(_ => FakeGateway.Json(Detail)), "en");

        var page = Open(context);

        var checks = page.FindAll("[data-testid=eligibility-check]");
        Assert.Contains("Met", checks[0].TextContent);
        Assert.Contains("Art 6-1", checks[0].TextContent);
        Assert.Equal("Not every member unit has signed the charter.", checks[1].QuerySelector("[data-testid=eligibility-message]")!.TextContent);
        Assert.Contains("Not met", checks[1].TextContent);
        Assert.Equal("1 of 2 conditions are not met yet.", page.Find("[data-testid=eligibility-summary]").TextContent.Trim());
    }

    [Fact]
    public async Task StartingTheFiling_PostsTheAlliance_AndOpensTheApplication()
    {
        var gateway = AllianceGateway(_ => FakeGateway.Json($$"""{"id":"{{Application}}","allianceId":"{{Alliance}}","status":"draft"}""", HttpStatusCode.Created));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("[data-testid=start-filing]").Click();

        var navigation = context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith($"my/filings/{Application}", navigation.Uri));
        var write = Assert.Single(gateway.Writes);
        Assert.Equal("/api/filing/applications", write.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(write.Body);
        Assert.Equal(Alliance, body.RootElement.GetProperty("allianceId").GetGuid());
    }

    [Fact]
    public async Task AFilingThatDoesNotKnowTheAllianceYet_IsExplained_AndTheRetryKeepsTheKey()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(NotKnownYet, HttpStatusCode.Conflict),
            FakeGateway.Json($$"""{"id":"{{Application}}"}""", HttpStatusCode.Created),
        ]);
        var gateway = AllianceGateway(_ => answers.Dequeue());
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("[data-testid=start-filing]").Click();

        page.WaitForAssertion(() => Assert.Contains("备案系统尚未收到该联盟的组建信息，请稍后重试。", page.Find("[data-testid=filing] [data-testid=problem]").TextContent));
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        Assert.DoesNotContain("my/filings", navigation.Uri);

        page.Find("[data-testid=start-filing]").Click();

        page.WaitForAssertion(() => Assert.EndsWith($"my/filings/{Application}", navigation.Uri));
        Assert.Equal(2, gateway.Writes.Count);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
    }

    [Fact]
    public async Task AnAllianceWithAnApplication_LinksToIt_WithItsStatus()
    {
        await using var context = new PortalTestContext(AllianceGateway(_ => FakeGateway.Json(Detail), applications: OneApplication), "en");

        var page = Open(context);

        page.WaitForAssertion(() => Assert.Equal("Draft", page.Find("[data-testid=filing-status]").TextContent));
        Assert.Equal($"my/filings/{Application}", page.Find("[data-testid=open-filing]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=start-filing]"));
    }
}
