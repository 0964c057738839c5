using System.Net;
using AlliancePlatform.Portal.Features.Review;
using Bunit;
using static AlliancePlatform.Portal.Tests.Review.ReviewFixtures;

namespace AlliancePlatform.Portal.Tests.Review;

public class StageDecisionTests
{
    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        var page = context.RenderPage<ReviewPage>(p => p.Add(r => r.ApplicationId, Application));
        page.WaitForAssertion(() => Assert.Equal("黑龙江省新材料产业技术创新联盟", page.Find("[data-testid=review-alliance]").TextContent));
        return page;
    }

    [Fact]
    public async Task TheRecommender_SeesTheApplication_AndTheRecommendationForm()
    {
        var gateway = new FakeGateway(_ => Ok(ApplicationJson("submitted", "recommendation", "recommender")));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("哈尔滨市科技局", "recommender", "11230100000000001X");

        var page = Open(context);

        var status = page.Find("[data-testid=review-status]");
        Assert.Equal("submitted", status.GetAttribute("data-status"));
        Assert.Equal("已提交待推荐", status.TextContent);
        Assert.Equal("recommendation", page.Find("[data-testid=review-form]").GetAttribute("data-path"));
        Assert.NotEmpty(page.FindAll("[data-testid=review-decision-recommend]"));
        Assert.NotEmpty(page.FindAll("[data-testid=review-decision-return]"));
        Assert.Contains("2026年3月16日", page.Find("[data-testid=review-open-stage]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=review-turn]"));
    }

    [Fact]
    public async Task NoDecision_IsRequired_AndNothingIsSent()
    {
        var gateway = new FakeGateway(_ => Ok(ApplicationJson("submitted", "recommendation", "recommender")));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("哈尔滨市科技局", "recommender");
        var page = Open(context);

        page.Find("[data-testid=review-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("请选择一项。", page.Find("[data-testid=review-decision-error]").TextContent));
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task Returning_NeedsAReason_RecommendingDoesNot()
    {
        var gateway = new FakeGateway(request => request.Method == HttpMethod.Post
            ? Ok(ApplicationJson("recommended", "formal_review", "secretariat"))
            : Ok(ApplicationJson("submitted", "recommendation", "recommender")));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("哈尔滨市科技局", "recommender");
        var page = Open(context);

        page.Choose("review-decision-return");
        page.Find("[data-testid=review-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", page.FieldText("review-reason")));
        Assert.Empty(gateway.Writes);

        page.Choose("review-decision-recommend");
        page.Find("[data-testid=review-form]").Submit();

        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        var write = gateway.Writes.Single();
        Assert.Equal($"{ApplicationPath}/recommendation", write.Uri.AbsolutePath);
        Assert.Equal("recommend", Body(write).GetProperty("decision").GetString());
        page.WaitForAssertion(() => Assert.Equal("recommended", page.Find("[data-testid=review-status]").GetAttribute("data-status")));
        Assert.Contains("已推荐待形式审查", page.Find("[data-testid=review-done]").TextContent);
        Assert.Contains("省联盟秘书处", page.Find("[data-testid=review-turn]").TextContent);
    }

    [Fact]
    public async Task ACorrectionRequest_SendsItsItems_AndKeepsOneKeyAcrossARetry()
    {
        var answers = new Queue<HttpResponseMessage>([
            Problem(ReasonProblem, HttpStatusCode.BadRequest),
            Ok(ApplicationJson("correction_requested", "correction", "applicant")),
        ]);
        var gateway = new FakeGateway(request => request.Method == HttpMethod.Post
            ? answers.Dequeue()
            : Ok(ApplicationJson("recommended", "formal_review", "secretariat")));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("省工研院", "secretariat");
        var page = Open(context);

        page.Choose("review-decision-request_correction");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=review-items]")));
        page.Field("review-reason").Input("章程签署页不全。");
        page.Field("review-items").Input("补充全体成员单位法定代表人签署页\n\n 补充理事会决议 ");
        page.Find("[data-testid=review-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("理由不能超过4000个字符。", page.FieldText("review-reason")));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
        Assert.Equal("章程签署页不全。", page.Field("review-reason").GetAttribute("value") ?? page.Field("review-reason").TextContent);

        page.Find("[data-testid=review-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("correction_requested", page.Find("[data-testid=review-status]").GetAttribute("data-status")));
        Assert.Equal(2, gateway.Writes.Count);
        Assert.All(gateway.Writes, w => Assert.Equal($"{ApplicationPath}/formal-review", w.Uri.AbsolutePath));
        Assert.NotNull(gateway.Writes[0].IdempotencyKey);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        var body = Body(gateway.Writes[1]);
        Assert.Equal("request_correction", body.GetProperty("decision").GetString());
        Assert.Equal("章程签署页不全。", body.GetProperty("reason").GetString());
        Assert.Equal(["补充全体成员单位法定代表人签署页", "补充理事会决议"], body.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public async Task ABrokenRule_IsShownAboveTheForm_InTheLanguageChosen()
    {
        var gateway = new FakeGateway(request => request.Method == HttpMethod.Post
            ? Problem(WrongStateProblem, HttpStatusCode.Conflict)
            : Ok(ApplicationJson("formal_review_passed", "business_review", "business_division")));
        await using var context = new PortalTestContext(gateway, "en");
        context.SignIn("业务处", "business_division");
        var page = context.RenderPage<ReviewPage>(p => p.Add(r => r.ApplicationId, Application));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=review-form]")));

        page.Choose("review-decision-reject");
        page.Field("review-reason").Input("创新能力不足。");
        page.Find("[data-testid=review-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("this can only be done while it is submitted", page.Find("[data-testid=problem]").TextContent));
        Assert.DoesNotContain("申请当前为", page.Find("[data-testid=problem]").TextContent);
        Assert.Equal("business-review", page.Find("[data-testid=review-form]").GetAttribute("data-path"));
        Assert.Equal("reject", Body(gateway.Writes.Single()).GetProperty("decision").GetString());
    }

    [Fact]
    public async Task AStageForAnotherRole_ShowsWhoseTurnItIs_AndNoForm()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => Ok(ApplicationJson("recommended", "formal_review", "secretariat"))));
        context.SignIn("业务处", "business_division");

        var page = Open(context);

        Assert.Equal("当前环节为“形式审查”，由省联盟秘书处办理，您无需操作。", page.Find("[data-testid=review-turn]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=review-form]"));
    }

    [Fact]
    public async Task AnAttachment_IsDownloadedThroughTheGateway()
    {
        var attachment = new
        {
            id = Guid.Parse("55555555-5555-4555-8555-555555555555"), kind = "charter", fileName = "章程.pdf", contentType = "application/pdf",
            sizeBytes = 3, sha256 = new string('a', 64), uploadedAt = "2026-03-01T02:00:00Z",
        };
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath.Contains("/attachments/", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3]) }
            : Ok(ApplicationJson("recommended", "formal_review", "secretariat", attachments: [attachment])));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("省工研院", "secretariat");
        var page = Open(context);

        Assert.Contains("联盟章程（协议）", page.Find("[data-testid=attachment-row]").TextContent);
        page.Find("[data-testid=download-attachment]").Click();

        page.WaitForAssertion(() => Assert.Contains(gateway.Requests, r => r.AbsolutePath == $"{ApplicationPath}/attachments/55555555-5555-4555-8555-555555555555"));
        page.WaitForAssertion(() => Assert.Single(context.JSInterop.Invocations, i => i.Identifier == "portalSaveFile"));
    }
}
