using System.Net;
using AlliancePlatform.Portal.Features.MyFiling;
using Bunit;

namespace AlliancePlatform.Portal.Tests.MyFiling;

public class MyFilingsTests
{
    private static string Page(int pageNumber, int total, params string[] items) =>
        $$"""{"items":[{{string.Join(",", items)}}],"pageNumber":{{pageNumber}},"pageSize":20,"totalCount":{{total}}}""";

    private static string Row(Guid id, string name, string status, string? stage, string? role, string? dueOn, bool overdue) => $$"""
        {"id":"{{id}}","allianceId":"{{Guid.NewGuid()}}","allianceName":"{{name}}","industryField":"new_materials","region":"230100",
         "status":"{{status}}","statusName":"x","openStage":{{(stage is null ? "null" : $"\"{stage}\"")}},"assigneeRole":{{(role is null ? "null" : $"\"{role}\"")}},
         "dueOn":{{(dueOn is null ? "null" : $"\"{dueOn}\"")}},"overdue":{{(overdue ? "true" : "false")}},"createdAt":"2026-09-27T01:00:00Z"}
        """;

    [Fact]
    public async Task ListsTheApplications_EachLinkingToItsPage()
    {
        var submitted = Guid.NewGuid();
        var draft = Guid.NewGuid();
        var gateway = new FakeGateway(_ => FakeGateway.Json(Page(1, 2,
            Row(submitted, "黑龙江省新材料产业技术创新联盟", "submitted", "recommendation", "recommender", "2026-10-15", true),
            Row(draft, "黑龙江省生物医药产业技术创新联盟", "draft", null, null, null, false))));
        await using var context = new PortalTestContext(gateway);

        var page = context.RenderPage<MyFilings>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=filing-row]").Count));
        var rows = page.FindAll("[data-testid=filing-row]");
        Assert.Equal($"my/filings/{submitted}", rows[0].QuerySelector("[data-testid=filing-link]")!.GetAttribute("href"));
        Assert.Contains("已提交待推荐", rows[0].TextContent);
        Assert.Contains("初审推荐", rows[0].TextContent);
        Assert.Contains("推荐单位", rows[0].TextContent);
        Assert.Contains("2026年10月15日", rows[0].TextContent);
        Assert.NotNull(rows[0].QuerySelector("[data-testid=filing-overdue]"));
        Assert.Null(rows[1].QuerySelector("[data-testid=filing-overdue]"));
        Assert.Contains("草稿", rows[1].TextContent);
        Assert.Equal("/api/filing/applications?page=1&pageSize=20", gateway.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task ALongList_IsPaged()
    {
        var gateway = new FakeGateway(request => FakeGateway.Json(Page(1, 45, Row(Guid.NewGuid(), "联盟", "draft", null, null, null, false))));
        await using var context = new PortalTestContext(gateway);
        var page = context.RenderPage<MyFilings>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=filing-row]")));

        page.Find("[data-testid=filings-pages] button[aria-label='Page 2'], [data-testid=filings-pages] .mud-pagination-item:nth-child(3) button").Click();

        page.WaitForAssertion(() => Assert.Contains(gateway.Requests, r => r.PathAndQuery == "/api/filing/applications?page=2&pageSize=20"));
    }

    [Fact]
    public async Task NoApplications_ShowsTheEmptyState()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => FakeGateway.Json(Page(1, 0))));

        var page = context.RenderPage<MyFilings>();

        page.WaitForAssertion(() => Assert.Equal("还没有备案申请。", page.Find("[data-testid=empty]").TextContent.Trim()));
    }

    [Fact]
    public async Task AFailedRead_IsShown()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)));

        var page = context.RenderPage<MyFilings>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=problem]")));
        Assert.Empty(page.FindAll("[data-testid=filing-row]"));
    }
}
