using System.Net;
using AlliancePlatform.Portal.Features.Review;
using Bunit;
using static AlliancePlatform.Portal.Tests.Review.ReviewFixtures;

namespace AlliancePlatform.Portal.Tests.Review;

public class ExpertOpinionTests
{
    private const string AlreadyGiven = """
        {"title":"您已提交过咨询意见，不能重复提交或修改。","status":409,"code":"filing.opinion_already_recorded",
         "detail":"You have already given your opinion; it cannot be given again or changed."}
        """;

    private static string Pending => ApplicationJson("business_review_passed", "expert_consultation", "admin_division",
        panel: [PanelEntry(Management, "赵敏", "science_technology_management")]);

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        context.SignIn("赵敏", "expert");
        var page = context.RenderPage<ReviewPage>(p => p.Add(r => r.ApplicationId, Application));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=opinion-form]")));
        return page;
    }

    [Fact]
    public async Task AnExpert_MustChooseAnOpinion_AndWriteItOut()
    {
        var gateway = new FakeGateway(_ => Ok(Pending));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("[data-testid=opinion-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("请选择一项。", page.Find("[data-testid=expert-opinion-error]").TextContent));
        Assert.Contains("此项为必填项。", page.FieldText("expert-opinion-text"));
        Assert.Empty(gateway.Writes);
        Assert.Empty(page.FindAll("[data-testid=panel-expert]"));
        Assert.Empty(page.FindAll("[data-testid=roster-expert]"));
        Assert.Empty(page.FindAll("[data-testid=panel-summary]"));
    }

    [Fact]
    public async Task TheOpinion_IsSentOnce_WithOneKeyAcrossARetry()
    {
        var answers = new Queue<HttpResponseMessage>([
            new HttpResponseMessage(HttpStatusCode.GatewayTimeout),
            Ok(ApplicationJson("business_review_passed", "expert_consultation", "admin_division",
                panel: [PanelEntry(Management, "赵敏", "science_technology_management", "supports_with_conditions")])),
        ]);
        var gateway = new FakeGateway(request => request.Method == HttpMethod.Post ? answers.Dequeue() : Ok(Pending));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Choose("expert-opinion-supports_with_conditions");
        page.Field("expert-opinion-text").Input("建议加强成果转化。");
        page.Find("[data-testid=opinion-form]").Submit();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=problem]")));
        Assert.Equal("建议加强成果转化。", page.Field("expert-opinion-text").GetAttribute("value") ?? page.Field("expert-opinion-text").TextContent);
        page.Find("[data-testid=opinion-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("您已提交咨询意见，无需再操作。", page.Find("[data-testid=review-turn]").TextContent));
        Assert.Equal(2, gateway.Writes.Count);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        Assert.Equal($"{ApplicationPath}/expert-opinion", gateway.Writes[1].Uri.AbsolutePath);
        var body = Body(gateway.Writes[1]);
        Assert.Equal("supports_with_conditions", body.GetProperty("opinion").GetString());
        Assert.Equal("建议加强成果转化。", body.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AnOpinionAlreadyGiven_IsExplainedInChinese()
    {
        var gateway = new FakeGateway(request => request.Method == HttpMethod.Post ? Problem(AlreadyGiven, HttpStatusCode.Conflict) : Ok(Pending));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Choose("expert-opinion-opposes");
        page.Field("expert-opinion-text").Input("不具备条件。");
        page.Find("[data-testid=opinion-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("您已提交过咨询意见，不能重复提交或修改。", page.Find("[data-testid=problem]").TextContent));
        Assert.DoesNotContain("You have already", page.Find("[data-testid=problem]").TextContent);
    }
}
