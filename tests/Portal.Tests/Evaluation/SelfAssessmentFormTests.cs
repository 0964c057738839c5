using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Evaluation;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using static AlliancePlatform.Portal.Tests.Evaluation.EvaluationFixtures;

namespace AlliancePlatform.Portal.Tests.Evaluation;

public class SelfAssessmentFormTests
{
    private static readonly Guid Minutes = Guid.Parse("0195f3c4-0000-7000-8000-0000000000f1");

    private static string AssessmentJson(string status = "draft", decimal? orgScore = null, string? submittedAt = null) => $$"""
        {"id":"0195f3c4-0000-7000-8000-0000000000e1","campaignId":"{{TheCampaign}}","allianceId":"{{TheAlliance}}","status":"{{status}}",
         "createdAt":"2026-03-02T01:00:00Z","submittedAt":{{(submittedAt is null ? "null" : $"\"{submittedAt}\"")}},"checkedAt":null,"returnReason":null,
         "items":[
           {"indicatorId":"{{Org}}","code":"ORG-1","reportedValue":null,"score":{{(orgScore is null ? "null" : orgScore.ToString())}},"evidence":[],"scoredAt":null},
           {"indicatorId":"{{Act}}","code":"ACT-1","reportedValue":6,"score":null,"evidence":[],"scoredAt":null},
           {"indicatorId":"{{Imp}}","code":"IMP-1","reportedValue":null,"score":null,"evidence":[],"scoredAt":null}],
         "missingIndicators":["ACT-1","IMP-1"],
         "files":[{"id":"{{Minutes}}","fileName":"理事会会议纪要.pdf","contentType":"application/pdf","sizeBytes":20480,"sha256":"ab","uploadedAt":"2026-03-02T01:00:00Z"}]}
        """;

    private static FakeGateway Gateway(Func<HttpRequestMessage, HttpResponseMessage>? onWrite = null, string? assessment = null) => new(request =>
        request.Method != HttpMethod.Get ? (onWrite ?? (_ => FakeGateway.Json(AssessmentJson(orgScore: 8m))))(request)
        : request.RequestUri!.AbsolutePath.EndsWith("/self-assessment", StringComparison.Ordinal)
            ? assessment is null ? new HttpResponseMessage(HttpStatusCode.NotFound) : FakeGateway.Json(assessment)
        : FakeGateway.Json(CampaignJson("self_assessment")));

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        SignInAs(context, "李秘书", "applicant", "91230100MA1B2C3D4E");
        var page = context.RenderPage<SelfAssessmentForm>(p => p.Add(s => s.CampaignId, TheCampaign).Add(s => s.AllianceId, TheAlliance));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=self-item-row]").Count));
        return page;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<PageHost> page, string code) =>
        page.FindAll("[data-testid=self-item-row]").Single(r => r.GetAttribute("data-indicator") == code);

    private static void Type(IRenderedComponent<PageHost> page, string code, string value) =>
        Row(page, code).QuerySelector("input[data-testid=self-item-value]")!.Input(value);

    private static void Save(IRenderedComponent<PageHost> page, string code) =>
        Row(page, code).QuerySelector("button[data-testid=save-self-item]")!.Click();

    [Fact]
    public async Task TheReportedFigure_IsShownAsPrefilledFromTheAnnualReport_AndTheStatusAsNamed()
    {
        await using var context = new PortalTestContext(Gateway(assessment: AssessmentJson()));
        var page = Open(context);

        Assert.Equal("年度报告数据（平台自动预填）：6", Row(page, "ACT-1").QuerySelector("[data-testid=self-item-reported]")!.TextContent);
        Assert.Null(Row(page, "ORG-1").QuerySelector("[data-testid=self-item-reported]"));
        Assert.Equal("填报中", page.Find("[data-testid=self-assessment-status]").TextContent);
        Assert.Equal("20", Row(page, "ACT-1").QuerySelector("[data-testid=self-item-max]")!.TextContent);
    }

    [Fact]
    public async Task AScoreAboveTheMaximum_IsRefusedBesideTheIndicator_AndNothingIsSent()
    {
        var gateway = Gateway(assessment: AssessmentJson());
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "ORG-1", "10.5");
        Save(page, "ORG-1");

        page.WaitForAssertion(() => Assert.Contains("不能超过该指标满分 10 分", Row(page, "ORG-1").TextContent));
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task SavingAnItem_PutsTheScoreAndTheEvidenceChosen_WithOneKeyAcrossARetry_KeepingWhatWasTyped()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(RuleProblem("自评期已结束。", "The self-assessment window has closed.", "evaluation.self_assessment_window_closed", 409), HttpStatusCode.Conflict),
            FakeGateway.Json(AssessmentJson(orgScore: 8.5m)),
        ]);
        var gateway = Gateway(_ => answers.Dequeue(), AssessmentJson());
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "ORG-1", "8.5");
        Row(page, "ORG-1").QuerySelector("input[data-testid=self-item-evidence]")!.Change(true);
        Save(page, "ORG-1");
        page.WaitForAssertion(() => Assert.Contains("自评期已结束。", Row(page, "ORG-1").TextContent));
        Assert.Equal("8.5", Row(page, "ORG-1").QuerySelector("input[data-testid=self-item-value]")!.GetAttribute("value"));
        Assert.DoesNotContain("has closed", page.Markup);

        Save(page, "ORG-1");
        page.WaitForAssertion(() => Assert.DoesNotContain("自评期已结束。", Row(page, "ORG-1").TextContent));

        Assert.Equal(2, gateway.Writes.Count);
        Assert.All(gateway.Writes, w => Assert.Equal($"/api/evaluation/campaigns/{TheCampaign}/alliances/{TheAlliance}/self-assessment/items/{Org}", w.Uri.AbsolutePath));
        Assert.NotNull(gateway.Writes[0].IdempotencyKey);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        using var body = JsonDocument.Parse(gateway.Writes[1].Body);
        Assert.Equal(8.5m, body.RootElement.GetProperty("score").GetDecimal());
        Assert.Equal(Minutes, Assert.Single(body.RootElement.GetProperty("evidence").EnumerateArray()).GetGuid());
    }

    [Fact]
    public async Task Submitting_ShowsTheRefusalInTheLanguageChosen_ThenTheSubmittedStatus()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(RuleProblem("尚有指标未评分。", "Some indicators have no score yet.", "evaluation.scores_incomplete"), HttpStatusCode.UnprocessableEntity),
            FakeGateway.Json(AssessmentJson("submitted", 8m, "2026-03-05T02:00:00Z")),
        ]);
        var gateway = Gateway(_ => answers.Dequeue(), AssessmentJson());
        await using var context = new PortalTestContext(gateway, "en");
        var page = Open(context);
        Type(page, "IMP-1", "7");

        page.Find("[data-testid=submit-self-assessment]").Click();
        page.WaitForAssertion(() => Assert.Contains("Some indicators have no score yet.", page.Find("[data-testid=problem]").TextContent));
        Assert.DoesNotContain("尚有指标未评分", page.Markup);
        Assert.Equal("7", Row(page, "IMP-1").QuerySelector("input[data-testid=self-item-value]")!.GetAttribute("value"));

        page.Find("[data-testid=submit-self-assessment]").Click();
        page.WaitForAssertion(() => Assert.Equal("Submitted", page.Find("[data-testid=self-assessment-status]").TextContent));
        var submissions = gateway.Requests.Where(u => u.AbsolutePath == $"/api/evaluation/campaigns/{TheCampaign}/alliances/{TheAlliance}/self-assessment/submission").ToList();
        Assert.Equal(2, submissions.Count);
        Assert.Empty(page.FindAll("[data-testid=submit-self-assessment]"));
    }

    [Fact]
    public async Task UploadingEvidence_SendsTheFile_AndListsItForTheItems()
    {
        var uploaded = false;
        var gateway = new FakeGateway(request =>
            request.Method == HttpMethod.Post
                ? Uploaded(ref uploaded)
                : request.RequestUri!.AbsolutePath.EndsWith("/self-assessment", StringComparison.Ordinal)
                    ? uploaded ? FakeGateway.Json(AssessmentJson()) : new HttpResponseMessage(HttpStatusCode.NotFound)
                    : FakeGateway.Json(CampaignJson("self_assessment")));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);
        Assert.Equal("未开始", page.Find("[data-testid=self-assessment-status]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=self-evidence]"));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "理事会会议纪要.pdf"));

        page.WaitForAssertion(() => Assert.Equal("理事会会议纪要.pdf", page.Find("[data-testid=self-evidence]").GetAttribute("data-file")));
        Assert.Single(gateway.Requests, u => u.AbsolutePath == $"/api/evaluation/campaigns/{TheCampaign}/alliances/{TheAlliance}/self-assessment/evidence");
        Assert.Equal(3, page.FindAll("[data-testid=self-item-evidence]").Count);
    }

    private static HttpResponseMessage Uploaded(ref bool uploaded)
    {
        uploaded = true;
        return FakeGateway.Json($$"""{"id":"{{Minutes}}","fileName":"理事会会议纪要.pdf","contentType":"application/pdf","sizeBytes":3,"sha256":"ab","uploadedAt":"2026-03-02T01:00:00Z"}""", HttpStatusCode.Created);
    }
}
