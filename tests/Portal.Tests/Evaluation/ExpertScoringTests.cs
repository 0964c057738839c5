using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Evaluation;
using Bunit;
using static AlliancePlatform.Portal.Tests.Evaluation.EvaluationFixtures;

namespace AlliancePlatform.Portal.Tests.Evaluation;

public class ExpertScoringTests
{
    private static string ReviewJson(decimal? orgScore = 8m, string? submittedAt = null, bool closed = false, bool withOther = false) => $$"""
        {"id":"0195f3c4-0000-7000-8000-0000000000c1","campaignId":"{{TheCampaign}}","allianceId":"{{TheAlliance}}","createdAt":"2026-04-10T01:00:00Z",
         "isClosed":{{(closed ? "true" : "false")}},"expertsAssigned":2,"sheets":[
          {"expertId":"0195f3c4-0000-7000-8000-0000000000d1","accountName":"expert-demo","name":"赵敏","unitCreditCode":"12230000MB0000003W",
           "assignedAt":"2026-04-10T01:00:00Z","submittedAt":{{(submittedAt is null ? "null" : $"\"{submittedAt}\"")}},"total":24,
           "scores":[{{(orgScore is null ? "" : $"{{\"indicatorId\":\"{Org}\",\"code\":\"ORG-1\",\"score\":{orgScore},\"recordedAt\":\"2026-04-11T01:00:00Z\"}}")}}]}
          {{(withOther ? $",{{\"expertId\":\"0195f3c4-0000-7000-8000-0000000000d2\",\"accountName\":\"expert-industry-demo\",\"name\":\"钱峰\",\"unitCreditCode\":\"91230100MA1D4E5F6G\",\"assignedAt\":\"2026-04-10T01:00:00Z\",\"submittedAt\":null,\"total\":61.5,\"scores\":[{{\"indicatorId\":\"{Org}\",\"code\":\"ORG-1\",\"score\":3.25,\"recordedAt\":\"2026-04-11T01:00:00Z\"}}]}}" : "")}}]}
        """;

    private static readonly Guid OtherAlliance = Guid.Parse("0195f3c4-0000-7000-8000-0000000000a2");

    /// <summary>
    /// The review (the expert's own sheet) and the expert's assignments in the campaign, which carry the plan; the campaign
    /// itself refuses experts, as Evaluation does.
    /// </summary>
    private static FakeGateway Gateway(Func<HttpRequestMessage, HttpResponseMessage>? onWrite = null, string? review = null, string? assignment = null) => new(request =>
        request.Method != HttpMethod.Get ? (onWrite ?? (_ => FakeGateway.Json(ReviewJson())))(request)
        : request.RequestUri!.AbsolutePath == "/api/evaluation/assignments" ? FakeGateway.Json(AssignmentsPage(
            AssignmentJson(alliance: OtherAlliance, allianceName: "黑龙江省冰雪产业技术创新联盟"), assignment ?? AssignmentJson()))
        : request.RequestUri!.AbsolutePath.EndsWith("/review", StringComparison.Ordinal) ? FakeGateway.Json(review ?? ReviewJson())
        : new HttpResponseMessage(HttpStatusCode.Forbidden));

    private static async Task<(PortalTestContext Context, IRenderedComponent<PageHost> Page)> OpenAsync(FakeGateway gateway, string culture = "zh-CN")
    {
        var context = new PortalTestContext(gateway, culture);
        SignInAs(context, "expert-demo", "expert");
        var page = context.RenderPage<ExpertScoring>(p => p.Add(s => s.CampaignId, TheCampaign).Add(s => s.AllianceId, TheAlliance));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=score-row]").Count));
        await Task.CompletedTask;
        return (context, page);
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<PageHost> page, string code) =>
        page.FindAll("[data-testid=score-row]").Single(r => r.GetAttribute("data-indicator") == code);

    private static void Type(IRenderedComponent<PageHost> page, string code, string value) =>
        Row(page, code).QuerySelector("input[data-testid=score-value]")!.Input(value);

    [Fact]
    public async Task TheForm_ShowsEachIndicatorOfTheAssignmentsPlanWithItsMaximum_AndTheExpertsOwnSavedScore()
    {
        var gateway = Gateway();
        var (context, page) = await OpenAsync(gateway);
        await using var _ = context;

        Assert.Contains("组织机构健全", Row(page, "ORG-1").TextContent);
        Assert.Equal("成果转化合同金额。", Row(page, "IMP-1").QuerySelector("[data-testid=score-guide]")!.TextContent);
        Assert.Equal("20", Row(page, "ACT-1").QuerySelector("[data-testid=score-max]")!.TextContent);
        Assert.Equal("8", Row(page, "ORG-1").QuerySelector("input[data-testid=score-value]")!.GetAttribute("value"));
        Assert.Equal("黑龙江省新材料产业技术创新联盟", page.Find("[data-testid=scoring-alliance]").TextContent);
        Assert.Contains("2026年4月10日", page.Find("[data-testid=scoring-campaign]").TextContent);
        Assert.Contains("评分中，尚未提交", page.Find("[data-testid=sheet-status]").TextContent);
        var asked = Assert.Single(gateway.Requests, u => u.AbsolutePath == "/api/evaluation/assignments");
        Assert.Contains($"campaignId={TheCampaign}", asked.Query, StringComparison.Ordinal);
        Assert.DoesNotContain(gateway.Requests, u => u.AbsolutePath == $"/api/evaluation/campaigns/{TheCampaign}" || u.AbsolutePath.EndsWith("/self-assessment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BeforeTheReviewWindowOpens_TheSheetShowsThePlanButCannotBeScored()
    {
        var (context, page) = await OpenAsync(Gateway(review: ReviewJson(orgScore: null), assignment: AssignmentJson(status: "self_assessment", canScore: false)));
        await using var _ = context;

        Assert.Equal("10", Row(page, "IMP-1").QuerySelector("[data-testid=score-max]")!.TextContent);
        Assert.Contains("专家评审期尚未开始", page.Find("[data-testid=sheet-status]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=save-scores]"));
        Assert.Empty(page.FindAll("[data-testid=submit-scores]"));
        Assert.All(page.FindAll("input[data-testid=score-value]"), input => Assert.True(input.HasAttribute("disabled")));
    }

    [Fact]
    public async Task AScoreAboveTheMaximum_IsRefusedBesideItsIndicator_AndNothingIsSent()
    {
        var gateway = Gateway();
        var (context, page) = await OpenAsync(gateway);
        await using var _ = context;

        Type(page, "IMP-1", "12");
        Type(page, "ACT-1", "15");
        Type(page, "ORG-1", "八分");
        page.Find("[data-testid=score-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("不能超过该指标满分 10 分", Row(page, "IMP-1").TextContent));
        Assert.DoesNotContain("不能超过", Row(page, "ACT-1").TextContent);
        Assert.Contains("请输入数字，如 8.5。", Row(page, "ORG-1").TextContent);
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task Saving_PutsEachChangedScoreToItsIndicator_WithOneKeyAcrossARetry_AndTheRefusalBesideIt()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(RuleProblem("不在专家评审期内，不能评分。", "The expert review window is not open; no scores can be given.", "evaluation.expert_review_window_closed", 409), HttpStatusCode.Conflict),
            FakeGateway.Json(ReviewJson()),
        ]);
        var gateway = Gateway(_ => answers.Dequeue());
        var (context, page) = await OpenAsync(gateway);
        await using var _ = context;

        Type(page, "ACT-1", "15.5");
        page.Find("[data-testid=score-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("不在专家评审期内，不能评分。", Row(page, "ACT-1").TextContent));
        Assert.DoesNotContain("The expert review", page.Markup);
        Assert.DoesNotContain("不在专家评审期内", Row(page, "ORG-1").TextContent);
        Assert.Equal("15.5", Row(page, "ACT-1").QuerySelector("input[data-testid=score-value]")!.GetAttribute("value"));

        page.Find("[data-testid=score-form]").Submit();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=scores-saved]")));

        Assert.Equal(2, gateway.Writes.Count);
        Assert.All(gateway.Writes, w => Assert.Equal($"/api/evaluation/campaigns/{TheCampaign}/alliances/{TheAlliance}/review/scores/{Act}", w.Uri.AbsolutePath));
        Assert.NotNull(gateway.Writes[0].IdempotencyKey);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        using var body = JsonDocument.Parse(gateway.Writes[1].Body);
        Assert.Equal(15.5m, body.RootElement.GetProperty("score").GetDecimal());
        Assert.Single(body.RootElement.EnumerateObject());
    }

    [Fact]
    public async Task OnlyTheExpertsOwnScoresAreShown_EvenWhenTheReviewHasClosedAndOthersAreAnswered()
    {
        var (context, page) = await OpenAsync(Gateway(
            review: ReviewJson(closed: true, withOther: true), assignment: AssignmentJson(status: "grading", canScore: false, closed: true)));
        await using var _ = context;

        Assert.Equal("8", Row(page, "ORG-1").QuerySelector("input[data-testid=score-value]")!.GetAttribute("value"));
        Assert.Equal("24", page.Find("[data-testid=sheet-total]").TextContent);
        Assert.DoesNotContain("钱峰", page.Markup);
        Assert.DoesNotContain("3.25", page.Markup);
        Assert.DoesNotContain("61.5", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=save-scores]"));
    }

    [Fact]
    public async Task HandingIn_SendsTheSubmission_AndTheSheetBecomesReadOnly()
    {
        var gateway = Gateway(_ => FakeGateway.Json(ReviewJson(submittedAt: "2026-04-12T02:30:00Z")));
        var (context, page) = await OpenAsync(gateway);
        await using var _ = context;

        page.Find("[data-testid=submit-scores]").Click();

        page.WaitForAssertion(() => Assert.Contains("已于2026年4月12日 10:30提交评分", page.Find("[data-testid=sheet-status]").TextContent));
        Assert.Single(gateway.Requests, u => u.AbsolutePath == $"/api/evaluation/campaigns/{TheCampaign}/alliances/{TheAlliance}/review/submission");
        Assert.Empty(page.FindAll("[data-testid=save-scores]"));
    }
}
