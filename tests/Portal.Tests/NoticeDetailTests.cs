using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Notices;
using Bunit;

namespace AlliancePlatform.Portal.Tests;

public class NoticeDetailTests
{
    private static readonly Guid Notice = Guid.Parse("7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");

    private const string OpenNotice = """
        {"id":"7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f","allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01",
         "allianceName":"黑龙江省新材料产业技术创新联盟","industryField":"new_materials","chairUnit":"哈尔滨某材料有限公司","region":"230100",
         "firstDay":"2026-03-02","lastDay":"2026-03-06","workingDays":5,"closesAt":"2026-03-06T16:00:00Z","open":true,"yearsWithoutSchedule":[]}
        """;

    private const string Receipt = """
        {"id":"3f2e1d0c-9b8a-4765-8432-10fedcba9876","noticeId":"7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f","filedAt":"2026-03-03T06:30:00Z",
         "message":"异议已收到，省科技厅综合管理处室将核实处理并与您联系。 / Your objection was received; the admin division will look into it and contact you."}
        """;

    private const string ContactProblem = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"Contact":["联系方式不能超过200个字符。 / The contact has at most 200 characters."]}}
        """;

    /// <summary>The form's inputs in order: name, contact, content.</summary>
    private const string Inputs = "[data-testid=objection-form] input.mud-input-root, [data-testid=objection-form] textarea.mud-input-root";

    private static FakeGateway Gateway(Func<HttpResponseMessage> onPost) => new(request =>
        request.Method == HttpMethod.Post ? onPost() : FakeGateway.Json(OpenNotice));

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        var page = context.RenderPage<NoticeDetail>(p => p.Add(d => d.NoticeId, Notice));
        page.WaitForAssertion(() => Assert.Equal("黑龙江省新材料产业技术创新联盟", page.Find("[data-testid=notice-alliance]").TextContent));
        return page;
    }

    private static void Fill(IRenderedComponent<PageHost> page, string name, string contact, string content)
    {
        page.FindAll(Inputs)[0].Input(name);
        page.FindAll(Inputs)[1].Input(contact);
        page.FindAll(Inputs)[2].Input(content);
    }

    /// <summary>The text under each of the three fields, in order: name, contact, content.</summary>
    private static string[] FieldTexts(IRenderedComponent<PageHost> page) =>
        [.. page.FindAll("[data-testid=objection-form] .mud-input-control").Select(f => f.TextContent)];

    [Fact]
    public async Task TheNotice_ShowsItsPeriodInChineseDatesAndWorkingDays()
    {
        await using var context = new PortalTestContext(Gateway(() => new HttpResponseMessage(HttpStatusCode.NotFound)));

        var page = Open(context);

        Assert.Equal("2026年3月2日至2026年3月6日（5个工作日）", page.Find("[data-testid=notice-period]").TextContent);
        Assert.Contains("哈尔滨某材料有限公司", page.Markup);
        Assert.Contains("公示中", page.Markup);
    }

    [Fact]
    public async Task FilingEmpty_SaysEveryFieldIsRequired_AndSendsNothing()
    {
        var gateway = Gateway(() => FakeGateway.Json(Receipt, HttpStatusCode.Created));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("[data-testid=objection-form]").Submit();

        page.WaitForAssertion(() => Assert.All(FieldTexts(page), text => Assert.Contains("此项为必填项。", text)));
        Assert.Equal(3, FieldTexts(page).Length);
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task ATooLongName_IsExplainedInEnglishToo()
    {
        await using var context = new PortalTestContext(Gateway(() => FakeGateway.Json(Receipt, HttpStatusCode.Created)), "en");
        var page = context.RenderPage<NoticeDetail>(p => p.Add(d => d.NoticeId, Notice));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=objection-form]")));

        Fill(page, new string('张', 101), "13800000000", "成员单位未签署章程。");
        page.Find("[data-testid=objection-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("At most 100 characters.", FieldTexts(page)[0]));
        Assert.DoesNotContain("At most", FieldTexts(page)[1]);
    }

    [Fact]
    public async Task AServerValidationProblem_IsShownBesideItsField_AndWhatWasTypedIsKept()
    {
        var gateway = Gateway(() => FakeGateway.Problem(ContactProblem, HttpStatusCode.BadRequest));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Fill(page, "张先生", "13800000000", "该联盟部分成员单位并未签署章程。");
        page.Find("[data-testid=objection-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("联系方式不能超过200个字符。", FieldTexts(page)[1]));
        Assert.DoesNotContain("200", FieldTexts(page)[0]);
        Assert.DoesNotContain("The contact", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
        var inputs = page.FindAll(Inputs);
        Assert.Equal("张先生", inputs[0].GetAttribute("value"));
        Assert.Equal("13800000000", inputs[1].GetAttribute("value"));
        Assert.Contains("该联盟部分成员单位并未签署章程。", inputs[2].GetAttribute("value") ?? inputs[2].TextContent);
        Assert.Empty(page.FindAll("[data-testid=receipt]"));
    }

    [Fact]
    public async Task Filing_SendsTheFieldsWithOneIdempotencyKeyAcrossRetries_AndShowsTheReceipt()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(ContactProblem, HttpStatusCode.BadRequest),
            FakeGateway.Json(Receipt, HttpStatusCode.Created),
        ]);
        var gateway = Gateway(answers.Dequeue);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Fill(page, " 张先生 ", "1380000000", "该联盟部分成员单位并未签署章程。");
        page.Find("[data-testid=objection-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("联系方式不能超过200个字符。", FieldTexts(page)[1]));
        page.FindAll(Inputs)[1].Input("13800000000");
        page.Find("[data-testid=objection-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("异议已收到", page.Find("[data-testid=receipt]").TextContent));
        Assert.Equal("3f2e1d0c-9b8a-4765-8432-10fedcba9876", page.Find("[data-testid=receipt-reference]").TextContent);
        Assert.Equal("2026年3月3日 14:30", page.Find("[data-testid=receipt-time]").TextContent);
        Assert.DoesNotContain("Your objection", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=objection-form]"));
        Assert.Equal(2, gateway.Writes.Count);
        Assert.All(gateway.Writes, w => Assert.Equal($"/api/public/notices/{Notice}/objections", w.Uri.AbsolutePath));
        Assert.NotNull(gateway.Writes[0].IdempotencyKey);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        using var body = JsonDocument.Parse(gateway.Writes[1].Body);
        Assert.Equal("张先生", body.RootElement.GetProperty("name").GetString());
        Assert.Equal("13800000000", body.RootElement.GetProperty("contact").GetString());
        Assert.Equal("该联盟部分成员单位并未签署章程。", body.RootElement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task ANoticeThatClosedMeanwhile_IsExplainedAboveTheForm_InTheLanguageChosen()
    {
        const string closed = """
            {"title":"公示期已结束 / The notice has closed","status":409,"code":"filing.notice_closed",
             "detail":"公示期已结束，不再受理异议。 / The notice has closed; objections are no longer accepted."}
            """;
        await using var context = new PortalTestContext(Gateway(() => FakeGateway.Problem(closed, HttpStatusCode.Conflict)), "en");
        var page = context.RenderPage<NoticeDetail>(p => p.Add(d => d.NoticeId, Notice));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=objection-form]")));

        Fill(page, "张先生", "13800000000", "成员单位未签署章程。");
        page.Find("[data-testid=objection-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("The notice has closed; objections are no longer accepted.",
            page.Find("[data-testid=problem] .mud-alert-message div").TextContent.Trim()));
        Assert.Equal("张先生", page.FindAll(Inputs)[0].GetAttribute("value"));
    }

    [Fact]
    public async Task AClosedNotice_TakesNoObjection()
    {
        var closed = OpenNotice.Replace("\"open\":true", "\"open\":false", StringComparison.Ordinal);
        await using var context = new PortalTestContext(new FakeGateway(_ => FakeGateway.Json(closed)));

        var page = Open(context);

        Assert.Equal("公示期已结束，不再受理异议。", page.Find("[data-testid=notice-closed]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=objection-form]"));
    }
}
