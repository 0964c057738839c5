using System.Net;
using AlliancePlatform.Portal.Features.Register;
using Bunit;

namespace AlliancePlatform.Portal.Tests;

public class RegisterSearchTests
{
    private const string OneAlliance = """
        {"items":[{"allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01","name":"黑龙江省新材料产业技术创新联盟","industryField":"new_materials",
          "chairUnit":"哈尔滨某材料有限公司","region":"230100","filedOn":"2026-03-05","filingNumber":"HLJ-2026-0001",
          "documentNumber":"黑科联备〔2026〕1号","status":"active","revokedOn":null,"latestGrade":"A","latestGradeYear":2025}],
         "pageNumber":1,"pageSize":20,"totalCount":1}
        """;

    private const string Empty = """{"items":[],"pageNumber":1,"pageSize":20,"totalCount":0}""";

    private const string ValidationProblem = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"status":["状态只能是 active、yellow_carded 或 revoked。 / The status must be active, yellow_carded or revoked."]}}
        """;

    [Fact]
    public async Task ListsTheRegister_WithChineseDatesAndNames()
    {
        var gateway = new FakeGateway(_ => FakeGateway.Json(OneAlliance));
        await using var context = new PortalTestContext(gateway);

        var page = context.RenderPage<RegisterSearch>();

        page.WaitForAssertion(() => Assert.Contains("黑龙江省新材料产业技术创新联盟", page.Find("[data-testid=register-table]").TextContent));
        var table = page.Find("[data-testid=register-table]").TextContent;
        Assert.Contains("2026年3月5日", table);
        Assert.Contains("新材料", table);
        Assert.Contains("黑科联备〔2026〕1号", table);
        Assert.Contains("正常", table);
        Assert.Equal("/api/public/register?page=1&pageSize=20", gateway.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task NoMatch_ShowsTheEmptyState()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => FakeGateway.Json(Empty)));

        var page = context.RenderPage<RegisterSearch>();

        page.WaitForAssertion(() => Assert.Equal("没有符合条件的联盟。", page.Find("[data-testid=empty]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=register-table]"));
    }

    [Fact]
    public async Task Searching_SendsTheFormAsQuery()
    {
        var gateway = new FakeGateway(_ => FakeGateway.Json(Empty));
        await using var context = new PortalTestContext(gateway);
        var page = context.RenderPage<RegisterSearch>();
        page.WaitForAssertion(() => Assert.Single(gateway.Requests));

        var inputs = page.FindAll("input.mud-input-root");
        inputs[0].Input("新材料");
        page.FindAll("input.mud-input-root")[2].Input("2301");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal(2, gateway.Requests.Count));
        var query = Uri.UnescapeDataString(gateway.Requests[1].Query);
        Assert.Contains("name=新材料", query);
        Assert.Contains("region=2301", query);
    }

    [Fact]
    public async Task AnInvalidRegion_IsExplainedAndNotSent()
    {
        var gateway = new FakeGateway(_ => FakeGateway.Json(Empty));
        await using var context = new PortalTestContext(gateway);
        var page = context.RenderPage<RegisterSearch>();
        page.WaitForAssertion(() => Assert.Single(gateway.Requests));

        page.FindAll("input.mud-input-root")[2].Input("哈尔滨");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("地区代码为2至6位数字", page.Markup));
        Assert.True(page.Find("[data-testid=search]").HasAttribute("disabled"));
        Assert.Single(gateway.Requests);
    }

    [Theory]
    [InlineData("zh-CN", "提交的数据有误", "状态只能是 active、yellow_carded 或 revoked。")]
    [InlineData("en", "Some fields are not valid", "The status must be active, yellow_carded or revoked.")]
    public async Task AProblem_IsShownInThePersonsLanguage(string culture, string title, string error)
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => FakeGateway.Problem(ValidationProblem, HttpStatusCode.BadRequest)), culture);

        var page = context.RenderPage<RegisterSearch>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=problem]")));
        var lines = page.FindAll("[data-testid=problem] .mud-alert-message div").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal([title, error], lines);
    }

    [Fact]
    public async Task AGatewayWithoutProblemDocument_IsExplainedAsUnavailable()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => new HttpResponseMessage(HttpStatusCode.BadGateway)));

        var page = context.RenderPage<RegisterSearch>();

        page.WaitForAssertion(() => Assert.Contains("服务暂时不可用", page.Find("[data-testid=problem]").TextContent));
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "zh-CN", "未找到该记录，或您无权查看。")]
    [InlineData(HttpStatusCode.NotFound, "en", "Not found, or not yours to see.")]
    [InlineData(HttpStatusCode.Forbidden, "zh-CN", "您的角色无权办理此事项。")]
    public async Task AFrameworkReasonPhrase_IsSaidInThePersonsLanguage(HttpStatusCode status, string culture, string expected)
    {
        var bare = $$"""{"type":"https://tools.ietf.org/html/rfc9110","title":"{{(status == HttpStatusCode.NotFound ? "Not Found" : "Forbidden")}}","status":{{(int)status}}}""";
        await using var context = new PortalTestContext(new FakeGateway(_ => FakeGateway.Problem(bare, status)), culture);

        var page = context.RenderPage<RegisterSearch>();

        page.WaitForAssertion(() => Assert.Equal(expected, page.Find("[data-testid=problem] .mud-alert-message div").TextContent.Trim()));
    }
}
