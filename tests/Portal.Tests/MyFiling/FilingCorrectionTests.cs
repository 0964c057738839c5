using System.Net;
using System.Text.Json;
using Bunit;
using static AlliancePlatform.Portal.Tests.MyFiling.FilingTestData;

namespace AlliancePlatform.Portal.Tests.MyFiling;

public class FilingCorrectionTests
{
    private const string ReasonProblem = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"Reason":["文字不能超过4000个字符。 / The text has at most 4000 characters."]}}
        """;

    private const string DeadlinePassed = """
        {"type":"https://alliance.hl.gov.cn/problems/filing.correction_deadline_passed","status":409,"title":"补正期限已过，不能再提交补正材料。",
         "detail":"The correction deadline has passed; corrected materials can no longer be resubmitted.","code":"filing.correction_deadline_passed","article":"Art 11-3"}
        """;

    private static string Resubmitted() => Application("recommended", [Form(), Charter()],
        stages: [Stage("formal_review", "secretariat", "2026-09-18T03:00:00Z", "2026-10-21")],
        history: [Created, Step("2026-10-09T02:00:00Z", "applicant", "correction_requested", "recommended", "resubmitted", "已补充签署页。")]);

    private static void Note(IRenderedComponent<PageHost> page, string text) =>
        page.Find("textarea[data-testid=correction-reason]").Input(text);

    [Fact]
    public async Task TheRequest_ShowsTheReviewersReasonItemsAndDeadline_AboveTheMaterials()
    {
        var api = new FakeFilingApi(FilingTimelineTests.InCorrection());
        await using var context = Context(api.Gateway);

        var page = FilingMaterialsTests.Open(context);

        Assert.Equal("章程签署页不全。", page.Find("[data-testid=correction-request-reason]").TextContent);
        Assert.Equal(["补充全体成员单位法定代表人签署页", "补充章程第三章"], page.FindAll("[data-testid=correction-item]").Select(i => i.TextContent));
        Assert.Equal("2026年10月13日 24:00（北京时间）", page.Find("[data-testid=correction-deadline]").TextContent);
        Assert.Equal("false", page.Find("[data-testid=correction-deadline]").GetAttribute("data-overdue"));
        Assert.NotEmpty(page.FindAll("[data-testid=upload-form]"));
        Assert.Empty(page.FindAll("[data-testid=submit-application]"));
        var order = page.Markup;
        Assert.True(order.IndexOf("data-testid=\"filing-correction\"", StringComparison.Ordinal) < order.IndexOf("data-testid=\"filing-materials\"", StringComparison.Ordinal));
        Assert.True(order.IndexOf("data-testid=\"filing-materials\"", StringComparison.Ordinal) < order.IndexOf("data-testid=\"resubmit-correction\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resubmitting_SendsTheNote_AndTheFormalReviewGoesOn()
    {
        var api = new FakeFilingApi(FilingTimelineTests.InCorrection());
        api.Answers.Enqueue(api.Becomes(Resubmitted()));
        await using var context = Context(api.Gateway);
        var page = FilingMaterialsTests.Open(context);

        Note(page, " 已补充签署页。 ");
        page.Find("[data-testid=resubmit-correction]").Click();

        page.WaitForAssertion(() => Assert.Equal("recommended", page.Find("[data-testid=filing-status]").GetAttribute("data-status")));
        Assert.Equal("补正材料已提交，形式审查继续办理。", page.Find("[data-testid=filing-done]").TextContent.Trim());
        var sent = Assert.Single(api.Writes);
        Assert.Equal((HttpMethod.Post, $"{At}/correction"), (sent.Method, sent.Path));
        Assert.Equal("已补充签署页。", JsonDocument.Parse(sent.Body).RootElement.GetProperty("reason").GetString());
        Assert.Empty(page.FindAll("[data-testid=filing-correction]"));
        Assert.Empty(page.FindAll("[data-testid=upload-form]"));
    }

    [Fact]
    public async Task ANoteTooLong_IsRefusedBeforeSending()
    {
        var api = new FakeFilingApi(FilingTimelineTests.InCorrection());
        await using var context = Context(api.Gateway);
        var page = FilingMaterialsTests.Open(context);

        Note(page, new string('补', 4001));
        page.Find("[data-testid=resubmit-correction]").Click();

        page.WaitForAssertion(() => Assert.Contains("不能超过4000个字符。", page.Find("[data-testid=correction-form]").TextContent));
        Assert.Empty(api.Writes);
    }

    [Fact]
    public async Task TheServersWordOnTheNote_IsShownBesideIt_TheNoteIsKept_AndTheRetryCarriesTheSameKey()
    {
        var api = new FakeFilingApi(FilingTimelineTests.InCorrection(), () => Problem(ReasonProblem, HttpStatusCode.BadRequest));
        api.Answers.Enqueue(api.Becomes(Resubmitted()));
        await using var context = Context(api.Gateway);
        var page = FilingMaterialsTests.Open(context);

        Note(page, "已补充签署页。");
        page.Find("[data-testid=resubmit-correction]").Click();
        page.WaitForAssertion(() => Assert.Contains("文字不能超过4000个字符。", page.Find("[data-testid=correction-form] .mud-input-control").TextContent));
        Assert.Empty(page.FindAll("[data-testid=correction-form] [data-testid=problem]"));
        Assert.Contains("已补充签署页。", page.Find("[data-testid=correction-form] textarea").TextContent + page.Find("[data-testid=correction-form] textarea").GetAttribute("value"));
        page.Find("[data-testid=resubmit-correction]").Click();

        page.WaitForAssertion(() => Assert.Equal("recommended", page.Find("[data-testid=filing-status]").GetAttribute("data-status")));
        Assert.Equal(2, api.Writes.Count);
        Assert.NotNull(api.Writes[0].Key);
        Assert.Equal(api.Writes[0].Key, api.Writes[1].Key);
    }

    [Fact]
    public async Task APassedDeadline_IsExplainedInThePersonsLanguage()
    {
        var api = new FakeFilingApi(FilingTimelineTests.InCorrection(), () => Problem(DeadlinePassed, HttpStatusCode.Conflict));
        await using var context = Context(api.Gateway, "en", chinaNow: "2026-10-14T09:00:00+08:00");
        var page = FilingMaterialsTests.Open(context);

        Assert.Equal("true", page.Find("[data-testid=correction-deadline]").GetAttribute("data-overdue"));
        page.Find("[data-testid=resubmit-correction]").Click();

        page.WaitForAssertion(() => Assert.Equal("The correction deadline has passed; corrected materials can no longer be resubmitted.",
            page.Find("[data-testid=correction-form] [data-testid=problem] .mud-alert-message div").TextContent.Trim()));
    }
}
