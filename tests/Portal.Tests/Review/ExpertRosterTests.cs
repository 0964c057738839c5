using System.Net;
using AlliancePlatform.Portal.Features.Experts;
using Bunit;
using static AlliancePlatform.Portal.Tests.Review.ReviewFixtures;

namespace AlliancePlatform.Portal.Tests.Review;

public class ExpertRosterTests
{
    private const string OnePage = """
        {"items":[{"id":"11111111-1111-4111-8111-111111111111","accountName":"expert-demo","name":"赵敏","kind":"science_technology_management",
          "unitCreditCode":"12230000MB0000003W","unitName":"省科技情报研究院","specialty":"科技管理"}],"pageNumber":1,"pageSize":20,"totalCount":41}
        """;

    private const string Added = """
        {"id":"22222222-2222-4222-8222-222222222222","accountName":"expert-industry-demo","name":"钱峰","kind":"industry",
         "unitCreditCode":"91230100MA1D4E5F6G","unitName":"哈尔滨工业大学","specialty":null}
        """;

    private const string AlreadyOnRoster = """
        {"title":"账号“expert-industry-demo”已在专家库中。","status":409,"code":"expert.already_registered",
         "detail":"The account expert-industry-demo is already on the expert roster."}
        """;

    private const string AccountProblem = """
        {"title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"AccountName":["账号不能超过100个字符。 / The account has at most 100 characters."]}}
        """;

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        context.SignIn("综合处", "admin_division");
        var page = context.RenderPage<ExpertRoster>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=expert-row]")));
        return page;
    }

    private static void Fill(IRenderedComponent<PageHost> page)
    {
        page.Field("expert-name").Input("钱峰");
        page.Field("expert-account").Input("expert-industry-demo");
        page.Choose("expert-kind-industry");
        page.Field("expert-unit").Input("91230100ma1d4e5f6g");
        page.Field("expert-unit-name").Input("哈尔滨工业大学");
    }

    [Fact]
    public async Task TheRoster_IsListedAPageAtATime()
    {
        var gateway = new FakeGateway(_ => Ok(OnePage));
        await using var context = new PortalTestContext(gateway);

        var page = Open(context);

        var row = page.Find("[data-testid=expert-row]");
        Assert.Equal("expert-demo", row.GetAttribute("data-account"));
        Assert.Contains("科技管理专家", row.TextContent);
        Assert.Equal(3, page.FindAll("[data-testid=roster-pages] .mud-pagination-item").Count(i => int.TryParse(i.TextContent.Trim(), out _)));
        Assert.Equal("/api/filing/experts?page=1&pageSize=20", gateway.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task AddingEmpty_SaysWhatIsRequired_AndABadCreditCodeIsCaught()
    {
        var gateway = new FakeGateway(_ => Ok(OnePage));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Field("expert-unit").Input("123");
        page.Find("[data-testid=expert-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", page.FieldText("expert-name")));
        Assert.Contains("此项为必填项。", page.FieldText("expert-account"));
        Assert.Contains("此项为必填项。", page.FieldText("expert-unit-name"));
        Assert.Contains("统一社会信用代码为18位字母或数字。", page.FieldText("expert-unit"));
        Assert.Equal("请选择一项。", page.Find("[data-testid=expert-kind-error]").TextContent);
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task Adding_SendsTheExpert_WithOneKeyAcrossRetries_ServerProblemsPlaced()
    {
        var answers = new Queue<HttpResponseMessage>([
            Problem(AccountProblem, HttpStatusCode.BadRequest),
            Problem(AlreadyOnRoster, HttpStatusCode.Conflict),
            FakeGateway.Json(Added, HttpStatusCode.Created),
        ]);
        var gateway = new FakeGateway(request => request.Method == HttpMethod.Post ? answers.Dequeue() : Ok(OnePage));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Fill(page);
        page.Find("[data-testid=expert-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("账号不能超过100个字符。", page.FieldText("expert-account")));
        Assert.Equal("钱峰", page.Field("expert-name").GetAttribute("value"));
        page.Find("[data-testid=expert-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("已在专家库中", page.Find("[data-testid=problem]").TextContent));
        page.Find("[data-testid=expert-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("钱峰", page.Find("[data-testid=expert-added]").TextContent));
        Assert.Equal(3, gateway.Writes.Count);
        Assert.All(gateway.Writes, w => Assert.Equal("/api/filing/experts", w.Uri.AbsolutePath));
        Assert.Single(gateway.Writes.Select(w => w.IdempotencyKey).Distinct());
        var body = Body(gateway.Writes[2]);
        Assert.Equal("expert-industry-demo", body.GetProperty("accountName").GetString());
        Assert.Equal("钱峰", body.GetProperty("name").GetString());
        Assert.Equal("industry", body.GetProperty("kind").GetString());
        Assert.Equal("91230100MA1D4E5F6G", body.GetProperty("unitCreditCode").GetString());
        Assert.Equal("哈尔滨工业大学", body.GetProperty("unitName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("specialty").ValueKind);
        Assert.Equal("", page.Field("expert-name").GetAttribute("value") ?? "");
    }
}
