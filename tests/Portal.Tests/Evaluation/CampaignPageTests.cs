using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Evaluation;
using Bunit;
using static AlliancePlatform.Portal.Tests.Evaluation.EvaluationFixtures;

namespace AlliancePlatform.Portal.Tests.Evaluation;

public class CampaignPageTests
{
    private static string Draft => CampaignJson("draft").Replace("\"isPlanFrozen\":true", "\"isPlanFrozen\":false", StringComparison.Ordinal);

    private static string Grading => CampaignJson("grading").Replace("\"grading\":null",
        "\"grading\":{\"thresholds\":{\"a\":86,\"b\":75,\"c\":65},\"adjustments\":[],\"meetingDecision\":null,\"notice\":null,\"publishedOn\":null}", StringComparison.Ordinal);

    private const string Report = """
        {"campaignId":"0195f3c4-0000-7000-8000-000000000001","year":2026,"title":"2026年度产业技术创新联盟活跃度评价","status":"grading",
         "ranking":[{"rank":1,"allianceId":"0195f3c4-0000-7000-8000-0000000000a1","alliance":"黑龙江省新材料产业技术创新联盟","industryField":"new_materials",
           "region":"230100","composite":87.5,"grade":"A","organisationBuilding":27,"activities":35.5,"innovationImpact":25}],
         "distribution":{"a":1,"b":0,"c":0,"d":0},"byIndustryField":[],"byRegion":[]}
        """;

    private static FakeGateway Gateway(string campaign, Func<HttpRequestMessage, HttpResponseMessage>? onWrite = null) => new(request =>
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method != HttpMethod.Get)
        {
            return (onWrite ?? (_ => FakeGateway.Json(campaign)))(request);
        }
        if (path.EndsWith("/review", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
        if (path.EndsWith("/report.xlsx", StringComparison.Ordinal))
        {
            var file = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([0x50, 0x4b, 3, 4]) };
            file.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            file.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = "2026年度评价报告.xlsx" };
            return file;
        }
        return FakeGateway.Json(path.EndsWith("/report", StringComparison.Ordinal) ? Report : campaign);
    });

    private static IRenderedComponent<PageHost> Open(PortalTestContext context, string waitFor)
    {
        SignInAs(context, "admin-demo", "admin_division");
        var page = context.RenderPage<CampaignPage>(p => p.Add(c => c.CampaignId, TheCampaign));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-testid={waitFor}]")));
        return page;
    }

    [Fact]
    public async Task APlanWhoseWeightsDoNotSumTo100_IsExplained_ThenTheWholePlanIsPut()
    {
        var gateway = Gateway(Draft);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "save-plan");
        Assert.Equal(3, page.FindAll("[data-testid=plan-row]").Count);

        page.FindAll("input[data-testid=plan-weight]")[2].Input("20");
        page.Find("[data-testid=save-plan]").Click();
        page.WaitForAssertion(() => Assert.Equal("各项指标权重之和须恰好为100，现为90。", page.Find("[data-testid=plan-problem]").TextContent));
        Assert.Empty(gateway.Writes);

        page.FindAll("input[data-testid=plan-weight]")[2].Input("30");
        page.Find("[data-testid=save-plan]").Click();
        page.WaitForAssertion(() => Assert.Single(gateway.Writes));

        var write = gateway.Writes[0];
        Assert.Equal($"/api/evaluation/campaigns/{TheCampaign}/plan", write.Uri.AbsolutePath);
        Assert.NotNull(write.IdempotencyKey);
        using var body = JsonDocument.Parse(write.Body);
        var indicators = body.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(["ORG-1", "ACT-1", "IMP-1"], indicators.Select(i => i.GetProperty("code").GetString()));
        Assert.Equal("activities", indicators[1].GetProperty("dimension").GetString());
        Assert.Equal(20m, indicators[1].GetProperty("maxScore").GetDecimal());
        Assert.Equal("jointProjects", indicators[1].GetProperty("sourceField").GetString());
    }

    [Fact]
    public async Task ARuleTheOpeningBreaks_IsShownInTheLanguageChosen()
    {
        var refusal = RuleProblem("参评联盟名单为空，不能下发评价通知。", "No alliance is in scope; the campaign cannot be opened.", "evaluation.scope_empty", 409);
        var gateway = Gateway(Draft, _ => FakeGateway.Problem(refusal, HttpStatusCode.Conflict));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "open-campaign");

        page.Find("[data-testid=open-campaign]").Click();

        page.WaitForAssertion(() => Assert.Contains("参评联盟名单为空，不能下发评价通知。", page.Find("[data-testid=problem]").TextContent));
        Assert.DoesNotContain("No alliance is in scope", page.Markup);
        Assert.Contains(gateway.Requests, u => u.AbsolutePath == $"/api/evaluation/campaigns/{TheCampaign}/opening");
    }

    [Fact]
    public async Task InGrading_TheReportIsShown_TheMeetingDecisionIsSent_AndTheWorkbookIsHandedToTheBrowser()
    {
        var gateway = Gateway(Grading);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "confirm-grades");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=report-row]")));
        Assert.Contains("87.5", page.Find("[data-testid=report-row]").TextContent);

        page.Find("[data-testid=confirm-grades]").Click();
        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", page.Find("input[data-testid=meeting-reference]").Closest(".mud-input-control")!.TextContent));
        Assert.Empty(gateway.Writes);

        page.Find("input[data-testid=meeting-date]").Input("2026-06-05");
        page.Find("input[data-testid=meeting-reference]").Input("2026年第9次厅务会");
        page.Find("[data-testid=confirm-grades]").Click();
        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        Assert.Equal($"/api/evaluation/campaigns/{TheCampaign}/meeting-decision", gateway.Writes[0].Uri.AbsolutePath);
        using (var body = JsonDocument.Parse(gateway.Writes[0].Body))
        {
            Assert.Equal("2026-06-05", body.RootElement.GetProperty("meetingOn").GetString());
            Assert.Equal("2026年第9次厅务会", body.RootElement.GetProperty("meetingReference").GetString());
        }

        page.Find("[data-testid=download-report]").Click();
        page.WaitForAssertion(() => Assert.Single(context.JSInterop.Invocations, i => i.Identifier == "portalSaveFile"));
        var saved = context.JSInterop.Invocations.Single(i => i.Identifier == "portalSaveFile");
        Assert.Equal("2026年度评价报告.xlsx", saved.Arguments[0]);
    }
    [Fact]
    public async Task TheSecretariat_ReturnsASubmittedSelfAssessmentOnlyWithAReason()
    {
        var submitted = $$"""
            {"id":"0195f3c4-0000-7000-8000-0000000000e1","campaignId":"{{TheCampaign}}","allianceId":"{{TheAlliance}}","status":"submitted",
             "createdAt":"2026-03-02T01:00:00Z","submittedAt":"2026-03-05T01:00:00Z","checkedAt":null,"returnReason":null,"items":[],"missingIndicators":[],"files":[]}
            """;
        var returned = submitted.Replace("\"submitted\",", "\"returned\",", StringComparison.Ordinal);
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath switch
        {
            var path when request.Method == HttpMethod.Post => FakeGateway.Json(returned),
            var path when path.EndsWith("/self-assessment", StringComparison.Ordinal) => FakeGateway.Json(submitted),
            var path when path.EndsWith("/review", StringComparison.Ordinal) => new HttpResponseMessage(HttpStatusCode.NotFound),
            _ => FakeGateway.Json(CampaignJson("self_assessment")),
        });
        await using var context = new PortalTestContext(gateway);
        SignInAs(context, "secretariat-demo", "secretariat");
        var page = context.RenderPage<CampaignPage>(p => p.Add(c => c.CampaignId, TheCampaign));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=return-self-assessment]")));
        Assert.Contains("已提交", page.Find("[data-testid=alliance-self-assessment]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=save-plan]"));

        page.Find("[data-testid=return-self-assessment]").Click();
        page.WaitForAssertion(() => Assert.Contains("退回自评须填写理由。", page.Find("[data-testid=problem]").TextContent));
        Assert.Empty(gateway.Writes);

        page.Find("input[data-testid=return-reason]").Input("请补充联合攻关项目的证明材料。");
        page.Find("[data-testid=return-self-assessment]").Click();
        page.WaitForAssertion(() => Assert.Contains("已退回修改", page.Find("[data-testid=alliance-self-assessment]").TextContent));
        var write = Assert.Single(gateway.Writes);
        Assert.Equal($"/api/evaluation/campaigns/{TheCampaign}/alliances/{TheAlliance}/self-assessment/return", write.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(write.Body);
        Assert.Equal("请补充联合攻关项目的证明材料。", body.RootElement.GetProperty("reason").GetString());
    }
}
