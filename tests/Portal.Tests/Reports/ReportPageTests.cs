using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Reports;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using static AlliancePlatform.Portal.Tests.Reports.ReportsFixtures;

namespace AlliancePlatform.Portal.Tests.Reports;

public class ReportPageTests
{
    private static readonly string At = $"/api/reporting/alliances/{Alliance}/reports/2026";

    private const string SummaryProblem = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"Summary":["年度工作总结不能超过10000个字符。 / The summary has at most 10000 characters."]}}
        """;

    private const string YearNotEnded = """
        {"title":"报告年度尚未结束，次年1月1日起才能提交该年度的年度报告。","status":409,"code":"report.year_not_ended",
         "detail":"The report year has not ended; its annual report can be submitted from 1 January of the following year."}
        """;

    /// <summary>Answers GETs of the report with <paramref name="report"/> (404 while it is null) and writes from <paramref name="writes"/>.</summary>
    private static FakeGateway Gateway(Func<string?> report, Func<HttpRequestMessage, HttpResponseMessage>? writes = null) => new(request =>
    {
        if (request.Method != HttpMethod.Get)
        {
            return writes?.Invoke(request) ?? new HttpResponseMessage(HttpStatusCode.InternalServerError);
        }
        var path = request.RequestUri!.AbsolutePath;
        if (path == $"/api/reporting/alliances/{Alliance}/obligations")
        {
            return FakeGateway.Json(Obligations);
        }
        return path == At && report() is { } json ? FakeGateway.Json(json) : NotFound();
    });

    private static IRenderedComponent<PageHost> Open(PortalTestContext context, string role = "applicant")
    {
        context.SignIn("演示用户", role, role == "applicant" ? Org : null);
        var page = context.RenderPage<ReportPage>(p => p.Add(r => r.AllianceId, Alliance).Add(r => r.Year, 2026));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=report-status]")));
        return page;
    }

    private static string Status(IRenderedComponent<PageHost> page) => page.Find("[data-testid=report-status]").GetAttribute("data-status")!;

    [Fact]
    public async Task WithNoReportYet_TheFormIsEmpty_AndTheYearsDueDateAndStatusAreShown()
    {
        await using var context = new PortalTestContext(Gateway(() => null));

        var page = Open(context);

        Assert.Equal("not_started", Status(page));
        Assert.Equal("未填写", page.Find("[data-testid=report-status]").TextContent);
        Assert.Equal("2027年1月31日", page.Find("[data-testid=report-due-on]").TextContent);
        Assert.Equal("待提交", page.Find("[data-testid=report-obligation-status]").TextContent);
        Assert.Equal(18, page.FindAll("[data-testid=report-form] input.mud-input-root, [data-testid=report-form] textarea.mud-input-root").Count);
        // The browser tests fill the inputs by these names: they must sit on the input elements themselves.
        Assert.Equal("INPUT", page.Find("[data-testid=report-joint-project-funding]").TagName);
        Assert.Equal("TEXTAREA", page.Find("[data-testid=report-summary]").TagName);
        Assert.Equal("INPUT", page.Find("[data-testid=report-attachment-file]").TagName);
        Assert.NotNull(Input(page, "report-shared-instruments"));
        Assert.Single(page.FindAll("[data-testid=save-report]"));
        Assert.Empty(page.FindAll("[data-testid=accept-report]"));
    }

    [Fact]
    public async Task WrongFigures_AndSubmittingWithoutASummary_AreExplainedBesideTheFields_AndNothingIsSent()
    {
        var gateway = Gateway(() => null);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Input(page, "report-meetings").Input("-1");
        Input(page, "report-income").Input("1.234");
        Input(page, "report-joint-project-funding").Input("5000");
        page.Find("[data-testid=submit-report]").Click();

        page.WaitForAssertion(() => Assert.Contains("请填写不小于0的整数。", FieldText(page, "report-meetings")));
        Assert.Contains("最多两位小数", FieldText(page, "report-income"));
        Assert.Contains("联合研发项目数为0", FieldText(page, "report-joint-project-funding"));
        Assert.Contains("此项为必填项。", FieldText(page, "report-summary"));
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task AServerFieldError_IsShownBesideItsField_TypingIsKept_AndTheRetrySavesOnceWithTheSameKey()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(SummaryProblem, HttpStatusCode.BadRequest),
            FakeGateway.Json(Report("draft")),
        ]);
        var gateway = Gateway(() => null, _ => answers.Dequeue());
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Input(page, "report-joint-projects").Input("3");
        Input(page, "report-joint-project-funding").Input("1200000");
        Input(page, "report-meetings").Input("4");
        Input(page, "report-summary").Input("本年度联盟围绕高性能复合材料开展联合攻关。");
        page.Find("[data-testid=report-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("年度工作总结不能超过10000个字符。", FieldText(page, "report-summary")));
        Assert.DoesNotContain("The summary", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
        Assert.Equal("3", Input(page, "report-joint-projects").GetAttribute("value"));
        Assert.Equal("1200000", Input(page, "report-joint-project-funding").GetAttribute("value"));
        Assert.Equal("not_started", Status(page));

        page.Find("[data-testid=report-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("draft", Status(page)));
        Assert.Equal("年度报告已保存。", page.Find("[data-testid=report-notice]").TextContent.Trim());
        Assert.Equal(2, gateway.Writes.Count);
        Assert.All(gateway.Writes, w => Assert.Equal(At, w.Uri.AbsolutePath));
        Assert.NotNull(gateway.Writes[0].IdempotencyKey);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        using var body = JsonDocument.Parse(gateway.Writes[1].Body);
        var content = body.RootElement.GetProperty("content");
        Assert.Equal(3, content.GetProperty("jointProjects").GetInt32());
        Assert.Equal(1_200_000m, content.GetProperty("jointProjectFunding").GetDecimal());
        Assert.Equal(4, content.GetProperty("meetings").GetInt32());
        Assert.Equal(0, content.GetProperty("income").GetDecimal());
        Assert.Equal(17, content.EnumerateObject().Count());
        Assert.Equal("本年度联盟围绕高性能复合材料开展联合攻关。", body.RootElement.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Submitting_SavesWhatIsTyped_ThenSubmits_ARefusalIsShownInChinese_AndTheRetrySubmitsWithTheSameKey()
    {
        var submissions = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(YearNotEnded, HttpStatusCode.Conflict),
            FakeGateway.Json(Report("submitted")),
        ]);
        var gateway = Gateway(() => Report("draft"), request =>
            request.Method == HttpMethod.Put ? FakeGateway.Json(Report("draft").Replace("\"meetings\":4", "\"meetings\":6", StringComparison.Ordinal)) : submissions.Dequeue());
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);
        Assert.Equal("4", Input(page, "report-meetings").GetAttribute("value"));

        Input(page, "report-meetings").Input("6");
        page.Find("[data-testid=submit-report]").Click();

        page.WaitForAssertion(() => Assert.Contains("报告年度尚未结束", page.Find("[data-testid=problem]").TextContent));
        Assert.DoesNotContain("The report year", page.Markup);
        Assert.Equal("6", Input(page, "report-meetings").GetAttribute("value"));
        Assert.Equal("draft", Status(page));

        page.Find("[data-testid=submit-report]").Click();

        page.WaitForAssertion(() => Assert.Equal("submitted", Status(page)));
        Assert.Equal("已提交待审核", page.Find("[data-testid=report-status]").TextContent);
        Assert.Equal("按时提交", page.Find("[data-testid=report-obligation-status]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=submit-report]"));
        var puts = gateway.Writes.Where(w => w.Uri.AbsolutePath == At).ToList();
        var posts = gateway.Writes.Where(w => w.Uri.AbsolutePath == $"{At}/submission").ToList();
        Assert.Single(puts); // saved once: the retry had nothing new to save
        Assert.Contains("\"meetings\":6", puts[0].Body);
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].IdempotencyKey, posts[1].IdempotencyKey);
        Assert.NotEqual(puts[0].IdempotencyKey, posts[0].IdempotencyKey);
    }

    [Fact]
    public async Task AReturnedReport_ShowsTheSecretariatsReason_AndCanBeEditedAgain()
    {
        await using var context = new PortalTestContext(Gateway(() => Report("returned", returnReason: "请补充联合研发项目的经费来源。")));

        var page = Open(context);

        Assert.Equal("returned", Status(page));
        Assert.Equal("请补充联合研发项目的经费来源。", page.Find("[data-testid=report-return-reason-shown]").TextContent);
        Assert.Single(page.FindAll("[data-testid=submit-report]"));
    }

    [Fact]
    public async Task WhatWasTypedAndNotSaved_IsStillThereWhenThePageIsOpenedAgainInTheSameCircuit()
    {
        await using var context = new PortalTestContext(Gateway(() => Report("draft")));
        var page = Open(context);
        Input(page, "report-talent-trained").Input("12");
        Input(page, "report-summary").Input("尚未保存的总结");
        await context.DisposeComponentsAsync(); // leaves the page; the circuit (the context's services) lives on

        var again = context.RenderPage<ReportPage>(p => p.Add(r => r.AllianceId, Alliance).Add(r => r.Year, 2026));
        again.WaitForAssertion(() => Assert.Single(again.FindAll("[data-testid=report-draft-restored]")));

        Assert.Equal("12", Input(again, "report-talent-trained").GetAttribute("value"));
        Assert.Contains("尚未保存的总结", Input(again, "report-summary").GetAttribute("value") ?? Input(again, "report-summary").TextContent);
        Assert.Equal("3", Input(again, "report-joint-projects").GetAttribute("value"));
    }

    [Fact]
    public async Task AnAttachment_IsUploadedAsAFile_AndListed()
    {
        var attachment = """[{"id":"2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819","fileName":"财务报表.pdf","contentType":"application/pdf","sizeBytes":9,"sha256":"ab","uploadedAt":"2027-01-05T02:00:00Z"}]""";
        var gateway = Gateway(() => Report("draft"), _ => FakeGateway.Json(Report("draft", attachments: attachment)));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);
        Assert.Single(page.FindAll("[data-testid=report-no-attachments]"));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("%PDF-1.4", "财务报表.pdf"));
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=upload-report-attachment]").HasAttribute("disabled")));
        page.Find("[data-testid=upload-report-attachment]").Click();

        page.WaitForAssertion(() => Assert.Contains("财务报表.pdf", page.Find("[data-testid=report-attachment]").TextContent));
        var upload = Assert.Single(gateway.Writes);
        Assert.Equal($"{At}/attachments", upload.Uri.AbsolutePath);
        Assert.Contains("%PDF-1.4", upload.Body);
        Assert.Contains("name=file", upload.Body);
        Assert.NotNull(upload.IdempotencyKey);
    }

    [Fact]
    public async Task TheSecretariat_MustGiveAReasonToReturn_AndReturnsWithIt()
    {
        var gateway = Gateway(() => Report("submitted"), _ => FakeGateway.Json(Report("returned", returnReason: "请补充联合研发项目的经费来源。")));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "secretariat");
        Assert.Empty(page.FindAll("[data-testid=save-report]"));
        Assert.True(Input(page, "report-meetings").HasAttribute("readonly"));

        page.Find("[data-testid=return-report]").Click();
        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", FieldText(page, "return-reason")));
        Assert.Empty(gateway.Writes);

        Input(page, "return-reason").Input("请补充联合研发项目的经费来源。");
        page.Find("[data-testid=return-report]").Click();

        page.WaitForAssertion(() => Assert.Equal("returned", Status(page)));
        var write = Assert.Single(gateway.Writes);
        Assert.Equal($"{At}/return", write.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(write.Body);
        Assert.Equal("请补充联合研发项目的经费来源。", body.RootElement.GetProperty("reason").GetString());
        Assert.Empty(page.FindAll("[data-testid=accept-report]"));
    }

    [Fact]
    public async Task TheSecretariat_AcceptsASubmittedReport()
    {
        var gateway = Gateway(() => Report("submitted"), _ => FakeGateway.Json(Report("accepted")));
        await using var context = new PortalTestContext(gateway, "en");
        var page = Open(context, "secretariat");

        page.Find("[data-testid=accept-report]").Click();

        page.WaitForAssertion(() => Assert.Equal("accepted", Status(page)));
        Assert.Equal("Accepted", page.Find("[data-testid=report-status]").TextContent);
        var write = Assert.Single(gateway.Writes);
        Assert.Equal($"{At}/acceptance", write.Uri.AbsolutePath);
        Assert.NotNull(write.IdempotencyKey);
    }

    [Fact]
    public async Task AnApplicant_DoesNotSeeTheReview()
    {
        await using var context = new PortalTestContext(Gateway(() => Report("submitted")));

        var page = Open(context);

        Assert.Empty(page.FindAll("[data-testid=report-review]"));
        Assert.Empty(page.FindAll("[data-testid=save-report]"));
    }
}
