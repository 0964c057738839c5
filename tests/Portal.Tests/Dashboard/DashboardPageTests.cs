using System.Net;
using AlliancePlatform.Portal.Features.Dashboard;
using Bunit;
using MudBlazor;

namespace AlliancePlatform.Portal.Tests.Dashboard;

public class DashboardPageTests
{
    private static readonly int LastYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year - 1;

    private static PortalTestContext Context(FakeGateway gateway, string culture = "zh-CN")
    {
        var context = new PortalTestContext(gateway, culture);
        context.SignIn("综合处王处长", "admin_division");
        return context;
    }

    private static string Cell(AngleSharp.Dom.IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    [Fact]
    public async Task Filings_AreCountedPerStatus_WithOverdue_AndNamed()
    {
        await using var context = Context(new FakeGateway(DashboardAnswers.Answer));

        var page = context.RenderPage<Features.Dashboard.Dashboard>();

        page.WaitForAssertion(() => Assert.Equal(14, page.FindAll("[data-testid=filings-row]").Count), TimeSpan.FromSeconds(5));
        var submitted = page.Find("[data-testid=filings-row][data-status=submitted]");
        Assert.Contains("已提交待推荐", submitted.TextContent);
        Assert.Equal("3", Cell(submitted, "filings-count"));
        Assert.Equal("1", Cell(submitted, "filings-overdue"));
        Assert.Equal("0", Cell(page.Find("[data-testid=filings-row][data-status=draft]"), "filings-count"));
        Assert.Contains("11", page.Find("[data-testid=filings-total]").TextContent);
        Assert.NotEmpty(page.FindAll("[data-testid=dashboard-filings] svg"));
        Assert.NotNull(page.Find("[data-testid=calendar-link]"));
    }

    [Fact]
    public async Task Reports_OfLastYear_AreShownByStatus_AndAnotherYearCanBeChosen()
    {
        var gateway = new FakeGateway(DashboardAnswers.Answer);
        await using var context = Context(gateway);
        var page = context.RenderPage<Features.Dashboard.Dashboard>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=reports-row]").Count), TimeSpan.FromSeconds(5));
        Assert.Contains($"/api/reporting/statistics?year={LastYear}", gateway.Requests.Select(r => r.PathAndQuery));
        var onTime = page.Find("[data-testid=reports-row][data-status=submitted_on_time]");
        Assert.Contains("按时提交", onTime.TextContent);
        Assert.Equal("5", Cell(onTime, "reports-count"));
        Assert.Contains($"{LastYear}年度应报联盟10家", page.Find("[data-testid=reports-owed]").TextContent);

        var year = page.FindComponent<MudSelect<int>>();
        await page.InvokeAsync(() => year.Instance.ValueChanged.InvokeAsync(LastYear - 2));

        page.WaitForAssertion(() => Assert.Contains($"{LastYear - 2}年度应报联盟10家", page.Find("[data-testid=reports-owed]").TextContent));
        Assert.Contains($"/api/reporting/statistics?year={LastYear - 2}", gateway.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task Grades_OfTheLatestPublicCampaign_AreTabledByFieldAndRegion()
    {
        await using var context = Context(new FakeGateway(DashboardAnswers.Answer));

        var page = context.RenderPage<Features.Dashboard.Dashboard>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=grades-field-row]").Count), TimeSpan.FromSeconds(5));
        var materials = page.Find("[data-testid=grades-field-row][data-field=new_materials]");
        Assert.Contains("新材料", materials.TextContent);
        Assert.Equal("1", materials.QuerySelector("[data-grade=A]")!.TextContent);
        Assert.Equal("2", materials.QuerySelector("[data-grade=total]")!.TextContent);
        var regions = page.FindAll("[data-testid=grades-region-row]");
        Assert.Equal(["230100", "230600", "230900"], regions.Select(r => r.GetAttribute("data-region")));
        Assert.Contains("哈尔滨市", regions[0].TextContent);
        Assert.Equal("2", regions[0].QuerySelector("[data-grade=total]")!.TextContent);
        Assert.Contains("七台河市", regions[2].TextContent);
    }

    [Fact]
    public async Task InEnglish_RegionsAndStatusesAreNamedInEnglish()
    {
        await using var context = Context(new FakeGateway(DashboardAnswers.Answer), "en");

        var page = context.RenderPage<Features.Dashboard.Dashboard>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=grades-region-row]")), TimeSpan.FromSeconds(5));
        Assert.Contains("Harbin", page.Find("[data-testid=grades-by-region]").TextContent);
        page.WaitForAssertion(() => Assert.Contains("Submitted on time", page.Find("[data-testid=dashboard-reports]").TextContent));
    }

    [Fact]
    public async Task ExportingFilings_HandsTheBrowserAWorkbookOfTheTable()
    {
        await using var context = Context(new FakeGateway(DashboardAnswers.Answer));
        var page = context.RenderPage<Features.Dashboard.Dashboard>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=filings-row]")), TimeSpan.FromSeconds(5));

        page.Find("button[data-testid=export-filings]").Click();

        page.WaitForState(() => context.JSInterop.Invocations.Any(i => i.Identifier == "portalSaveFile"), TimeSpan.FromSeconds(5));
        var invocation = context.JSInterop.Invocations.Single(i => i.Identifier == "portalSaveFile");
        Assert.Equal("备案申请统计.xlsx", invocation.Arguments[0]);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", invocation.Arguments[1]);
        var rows = DashboardWorkbooksTests.Rows(Convert.FromBase64String((string)invocation.Arguments[2]!), "备案申请");
        Assert.Equal(3m, DashboardWorkbooksTests.Number(rows.Single(r => (string?)r["状态"] == "已提交待推荐")["申请数"]));
        Assert.Equal(11m, DashboardWorkbooksTests.Number(rows[^1]["申请数"]));
    }

    [Fact]
    public async Task ExportingGrades_NamesTheFileByTheCampaignYear()
    {
        await using var context = Context(new FakeGateway(DashboardAnswers.Answer));
        var page = context.RenderPage<Features.Dashboard.Dashboard>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=grades-field-row]")), TimeSpan.FromSeconds(5));

        page.Find("button[data-testid=export-grades]").Click();

        page.WaitForAssertion(() => Assert.Single(context.JSInterop.Invocations, i => i.Identifier == "portalSaveFile"));
        var invocation = context.JSInterop.Invocations.Single(i => i.Identifier == "portalSaveFile");
        Assert.Equal("2025年度评价等级分布.xlsx", invocation.Arguments[0]);
        var byRegion = DashboardWorkbooksTests.Rows(Convert.FromBase64String((string)invocation.Arguments[2]!), "按地区");
        Assert.Equal(["哈尔滨市", "大庆市", "七台河市", "合计"], byRegion.Select(r => r["地区"]));
    }

    [Fact]
    public async Task AProblemOfOneService_IsShownInItsPanel_AndTheOthersStillShow()
    {
        const string unavailable = """
            {"title":"服务暂时不可用 / The service is temporarily unavailable","status":503,
             "detail":"统计暂时无法读取。 / The statistics could not be read just now."}
            """;
        await using var context = Context(new FakeGateway(request => request.RequestUri!.AbsolutePath == "/api/reporting/statistics"
            ? FakeGateway.Problem(unavailable, HttpStatusCode.ServiceUnavailable)
            : DashboardAnswers.Answer(request)));

        var page = context.RenderPage<Features.Dashboard.Dashboard>();

        page.WaitForAssertion(() => Assert.Contains("统计暂时无法读取。", page.Find("[data-testid=dashboard-reports] [data-testid=problem]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Empty(page.FindAll("[data-testid=reports-row]"));
        Assert.True(page.Find("button[data-testid=export-reports]").HasAttribute("disabled"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=filings-row]")));
    }

    [Fact]
    public async Task NoPublicCampaign_IsSaid()
    {
        await using var context = Context(new FakeGateway(request => request.RequestUri!.AbsolutePath == "/api/public/grades/campaigns"
            ? FakeGateway.Json("[]")
            : DashboardAnswers.Answer(request)));

        var page = context.RenderPage<Features.Dashboard.Dashboard>();

        page.WaitForAssertion(() => Assert.Equal("尚无公示或发布的评价结果。", page.Find("[data-testid=grades-none]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        Assert.True(page.Find("button[data-testid=export-grades]").HasAttribute("disabled"));
    }
}
