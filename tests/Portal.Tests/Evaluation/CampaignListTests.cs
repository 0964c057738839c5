using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Evaluation;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static AlliancePlatform.Portal.Tests.Evaluation.EvaluationFixtures;

namespace AlliancePlatform.Portal.Tests.Evaluation;

public class CampaignListTests
{
    private const string List = """
        [{"id":"0195f3c4-0000-7000-8000-000000000001","year":2026,"title":"2026年度产业技术创新联盟活跃度评价","status":"expert_review","alliancesInScope":12}]
        """;

    private const string TitleProblem = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"Title":["评价工作名称不能超过200个字符。 / The title has at most 200 characters."]}}
        """;

    private static FakeGateway Gateway(Func<HttpResponseMessage>? onPost = null) => new(request =>
        request.Method == HttpMethod.Post ? (onPost ?? (() => FakeGateway.Json(CampaignJson("draft"), HttpStatusCode.Created)))() : FakeGateway.Json(List));

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        SignInAs(context, "admin-demo", "admin_division");
        var page = context.RenderPage<CampaignList>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=campaign-form]")));
        return page;
    }

    private static void Type(IRenderedComponent<PageHost> page, string testId, string value) => page.Find($"input[data-testid={testId}]").Input(value);

    private static string FieldText(IRenderedComponent<PageHost> page, string testId) =>
        page.Find($"input[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    [Fact]
    public async Task TheCampaigns_AreListedWithTheirStatusByName()
    {
        await using var context = new PortalTestContext(Gateway());
        var page = Open(context);

        Assert.Equal("专家评审", page.Find("[data-testid=campaign-row-status]").TextContent);
        Assert.Equal($"evaluation/campaigns/{TheCampaign}", page.Find("a[data-testid=open-campaign-page]").GetAttribute("href"));
    }

    [Fact]
    public async Task CreatingWithoutATitle_OrWithWindowsOutOfOrder_IsExplained_AndNothingIsSent()
    {
        var gateway = Gateway();
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "campaign-title", "");
        Type(page, "campaign-year", "1999");
        Type(page, "campaign-sa-opens", "2026-03-01");
        Type(page, "campaign-sa-closes", "2026-03-31");
        Type(page, "campaign-review-opens", "2026-03-31");
        Type(page, "campaign-review-closes", "2026-04-30");
        page.Find("[data-testid=campaign-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", FieldText(page, "campaign-title")));
        Assert.Contains("评价年度须在2000至2100年之间。", FieldText(page, "campaign-year"));
        Assert.Contains("专家评审在自评结束之后开始", page.Find("[data-testid=campaign-windows-problem]").TextContent);
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task AServerFieldError_IsShownBesideTheTitle_TypedValuesKept_OneKeyAcrossTheRetry_ThenTheCampaignOpens()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(TitleProblem, HttpStatusCode.BadRequest),
            FakeGateway.Json(CampaignJson("draft"), HttpStatusCode.Created),
        ]);
        var gateway = Gateway(answers.Dequeue);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "campaign-year", "2026");
        Type(page, "campaign-title", "2026年度活跃度评价");
        Type(page, "campaign-sa-opens", "2026-03-01");
        Type(page, "campaign-sa-closes", "2026-03-31");
        Type(page, "campaign-review-opens", "2026-04-10");
        Type(page, "campaign-review-closes", "2026-04-30");
        page.Find("[data-testid=campaign-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("评价工作名称不能超过200个字符。", FieldText(page, "campaign-title")));
        Assert.Equal("2026年度活跃度评价", page.Find("input[data-testid=campaign-title]").GetAttribute("value"));
        Assert.Equal("2026-04-10", page.Find("input[data-testid=campaign-review-opens]").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid=problem]"));

        page.Find("[data-testid=campaign-form]").Submit();
        page.WaitForAssertion(() => Assert.EndsWith($"/evaluation/campaigns/{TheCampaign}", context.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));

        Assert.Equal(2, gateway.Writes.Count);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        Assert.Equal("/api/evaluation/campaigns", gateway.Writes[1].Uri.AbsolutePath);
        using var body = JsonDocument.Parse(gateway.Writes[1].Body);
        Assert.Equal(2026, body.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("2026年度活跃度评价", body.RootElement.GetProperty("title").GetString());
        var windows = body.RootElement.GetProperty("windows");
        Assert.Equal("2026-03-01", windows.GetProperty("selfAssessmentOpensOn").GetString());
        Assert.Equal("2026-04-30", windows.GetProperty("expertReviewClosesOn").GetString());
    }
}
