using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.MyAlliances;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static AlliancePlatform.Portal.Tests.MyAlliances.MyAllianceFixtures;

namespace AlliancePlatform.Portal.Tests.MyAlliances;

public class MyAllianceListTests
{
    private static readonly string TwoAlliances = $$"""
        {"items":[
          {"id":"{{Alliance}}","name":"黑龙江省新材料产业技术创新联盟","industryField":"new_materials","industryFieldName":"新材料","registeredAt":"2026-03-01T02:00:00Z"},
          {"id":"3c9d2e1f-0a1b-4c2d-8e3f-4a5b6c7d8e9f","name":"黑龙江省冰雪装备产业技术创新联盟","industryField":"ice_snow_economy","industryFieldName":"冰雪经济","registeredAt":"2026-03-02T02:00:00Z"}],
         "pageNumber":1,"pageSize":20,"totalCount":2}
        """;

    private const string Created = """
        {"id":"5d6e7f80-1a2b-4c3d-9e4f-5a6b7c8d9e0f","name":"黑龙江省航空航天产业技术创新联盟","industryField":"aerospace","industryFieldName":"航空航天","registeredAt":"2026-03-09T02:00:00Z"}
        """;

    private const string NameProblem = """
        {"title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"Name":["联盟名称不能超过200个字符。 / The name has at most 200 characters."]}}
        """;

    private static FakeGateway ListGateway(Func<HttpResponseMessage> onPost, string list = """{"items":[],"pageNumber":1,"pageSize":20,"totalCount":0}""") =>
        new(request => request.Method == HttpMethod.Post ? onPost() : FakeGateway.Json(list));

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        context.SignIn("李明", "applicant", CompanyCode);
        var page = context.RenderPage<MyAllianceList>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=my-alliances], [data-testid=my-alliances-empty]")));
        return page;
    }

    [Fact]
    public async Task TheList_ShowsTheUnitsAlliances_EachLinkingToItsPage()
    {
        var gateway = ListGateway(() => new HttpResponseMessage(HttpStatusCode.NotFound), TwoAlliances);
        await using var context = new PortalTestContext(gateway);

        var page = Open(context);

        var rows = page.FindAll("[data-testid=my-alliance-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("黑龙江省新材料产业技术创新联盟", rows[0].TextContent);
        Assert.Contains("新材料", rows[0].TextContent);
        Assert.Contains("2026年3月1日 10:00", rows[0].TextContent);
        Assert.Equal($"my/alliances/{Alliance}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("冰雪经济", rows[1].TextContent);
        Assert.Equal("/api/membership/alliances", gateway.Requests[0].AbsolutePath);
    }

    [Fact]
    public async Task RegisteringEmpty_SaysBothFieldsAreRequired_AndSendsNothing()
    {
        var gateway = ListGateway(() => FakeGateway.Json(Created, HttpStatusCode.Created));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("[data-testid=register-alliance-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", TextUnder(page, "alliance-name")));
        Assert.Contains("此项为必填项。", TextUnder(page, "alliance-field"));
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task Registering_PlacesTheServersNameError_KeepsTheKeyForTheRetry_AndOpensTheNewAlliance()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(NameProblem, HttpStatusCode.BadRequest),
            FakeGateway.Json(Created, HttpStatusCode.Created),
        ]);
        var gateway = ListGateway(answers.Dequeue);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "alliance-name", " 黑龙江省航空航天产业技术创新联盟 ");
        Choose(page, "alliance-field", "alliance-field-aerospace");
        page.Find("[data-testid=register-alliance-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("联盟名称不能超过200个字符。", TextUnder(page, "alliance-name")));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
        Assert.Equal(" 黑龙江省航空航天产业技术创新联盟 ", page.Find("[data-testid=alliance-name]").GetAttribute("value"));
        Assert.Equal("航空航天", page.Find("[data-testid=alliance-field]").TextContent.Trim());

        page.Find("[data-testid=register-alliance-form]").Submit();

        var navigation = context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("my/alliances/5d6e7f80-1a2b-4c3d-9e4f-5a6b7c8d9e0f", navigation.Uri));
        Assert.Equal(2, gateway.Writes.Count);
        Assert.All(gateway.Writes, w => Assert.Equal("/api/membership/alliances", w.Uri.AbsolutePath));
        Assert.NotNull(gateway.Writes[0].IdempotencyKey);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        using var body = JsonDocument.Parse(gateway.Writes[1].Body);
        Assert.Equal("黑龙江省航空航天产业技术创新联盟", body.RootElement.GetProperty("name").GetString());
        Assert.Equal("aerospace", body.RootElement.GetProperty("industryField").GetString());
    }
}
