using AlliancePlatform.Portal.Features.Notices;
using Bunit;

namespace AlliancePlatform.Portal.Tests;

public class NoticeListTests
{
    private const string OneNotice = """
        {"items":[{"id":"7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f","allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01",
          "allianceName":"黑龙江省新材料产业技术创新联盟","industryField":"new_materials","chairUnit":null,"region":"230100",
          "firstDay":"2026-03-02","lastDay":"2026-03-06","workingDays":5,"closesAt":"2026-03-06T16:00:00Z","open":true,"yearsWithoutSchedule":[]}],
         "pageNumber":1,"pageSize":20,"totalCount":1}
        """;

    [Fact]
    public async Task ListsOpenNotices_WithTheirPeriodAndALinkToEach()
    {
        var gateway = new FakeGateway(_ => FakeGateway.Json(OneNotice));
        await using var context = new PortalTestContext(gateway);

        var page = context.RenderPage<NoticeList>();

        page.WaitForAssertion(() => Assert.Contains("黑龙江省新材料产业技术创新联盟", page.Find("[data-testid=notices-table]").TextContent));
        var table = page.Find("[data-testid=notices-table]").TextContent;
        Assert.Contains("2026年3月2日至2026年3月6日（5个工作日）", table);
        Assert.Contains("新材料", table);
        Assert.Equal("notices/7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", page.Find("[data-testid=notices-table] a").GetAttribute("href"));
        Assert.Equal("/api/public/notices?page=1&pageSize=20", gateway.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task NoOpenNotice_ShowsTheEmptyState()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => FakeGateway.Json("""{"items":[],"pageNumber":1,"pageSize":20,"totalCount":0}""")));

        var page = context.RenderPage<NoticeList>();

        page.WaitForAssertion(() => Assert.Equal("目前没有正在公示的联盟。", page.Find("[data-testid=empty]").TextContent.Trim()));
    }
}
