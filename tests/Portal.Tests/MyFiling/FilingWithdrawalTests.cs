using System.Net;
using System.Text.Json;
using Bunit;
using MudBlazor;
using static AlliancePlatform.Portal.Tests.MyFiling.FilingTestData;

namespace AlliancePlatform.Portal.Tests.MyFiling;

public class FilingWithdrawalTests
{
    private static string Withdrawn() => Application("withdrawn", [Form(), Charter()],
        stages: [Stage("recommendation", "recommender", "2026-09-28T02:00:00Z", "2026-10-15", closedAt: "2026-10-09T02:00:00Z", decision: "withdrawn",
            reason: "联盟决定暂缓申请备案。")],
        history: [Created, Step("2026-10-09T02:00:00Z", "applicant", "submitted", "withdrawn", "withdrawn", "联盟决定暂缓申请备案。")]);

    private static string Submitted() => Application("submitted", [Form(), Charter()],
        stages: [Stage("recommendation", "recommender", "2026-09-28T02:00:00Z", "2026-10-15")]);

    private static void Reason(IRenderedComponent<PageHost> page, string text) =>
        page.Find("textarea[data-testid=withdraw-reason]").Input(text);

    [Fact]
    public async Task Withdrawing_AsksFirst_ThenSendsTheReason_AndTheApplicationEnds()
    {
        var api = new FakeFilingApi(Submitted());
        api.Answers.Enqueue(api.Becomes(Withdrawn()));
        await using var context = Context(api.Gateway);
        var dialogs = context.Render<MudDialogProvider>();
        var page = FilingMaterialsTests.Open(context);

        Reason(page, "联盟决定暂缓申请备案。");
        page.Find("[data-testid=withdraw-application]").Click();
        var confirm = dialogs.WaitForElement("[data-testid=confirm-withdraw]");
        Assert.Contains(AllianceName, dialogs.Markup);
        Assert.Empty(api.Writes);
        confirm.Click();

        page.WaitForAssertion(() => Assert.Equal("withdrawn", page.Find("[data-testid=filing-status]").GetAttribute("data-status")));
        Assert.Equal("备案申请已撤回。", page.Find("[data-testid=filing-done]").TextContent.Trim());
        var sent = Assert.Single(api.Writes);
        Assert.Equal((HttpMethod.Post, $"{At}/withdrawal"), (sent.Method, sent.Path));
        Assert.NotNull(sent.Key);
        Assert.Equal("联盟决定暂缓申请备案。", JsonDocument.Parse(sent.Body).RootElement.GetProperty("reason").GetString());
        Assert.Empty(page.FindAll("[data-testid=withdraw-application]"));
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=confirm-withdraw]")));
    }

    [Fact]
    public async Task Cancelling_SendsNothing()
    {
        var api = new FakeFilingApi(Submitted());
        await using var context = Context(api.Gateway);
        var dialogs = context.Render<MudDialogProvider>();
        var page = FilingMaterialsTests.Open(context);

        page.Find("[data-testid=withdraw-application]").Click();
        dialogs.WaitForElement("[data-testid=cancel-withdraw]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=confirm-withdraw]")));
        Assert.Empty(api.Writes);
        Assert.Equal("submitted", page.Find("[data-testid=filing-status]").GetAttribute("data-status"));
    }

    [Fact]
    public async Task ARefusedWithdrawal_KeepsTheReason_AndTheRetryCarriesTheSameKey()
    {
        const string unavailable = """
            {"title":"服务暂时不可用 / The service is temporarily unavailable","status":503,"detail":"Nothing was saved. Please try again in 5 seconds."}
            """;
        var api = new FakeFilingApi(Submitted(), () => Problem(unavailable, HttpStatusCode.ServiceUnavailable));
        api.Answers.Enqueue(api.Becomes(Withdrawn()));
        await using var context = Context(api.Gateway);
        var dialogs = context.Render<MudDialogProvider>();
        var page = FilingMaterialsTests.Open(context);

        Reason(page, "联盟决定暂缓申请备案。");
        page.Find("[data-testid=withdraw-application]").Click();
        dialogs.WaitForElement("[data-testid=confirm-withdraw]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=filing-withdrawal] [data-testid=problem]")));
        Assert.Contains("联盟决定暂缓申请备案。", page.Find("[data-testid=filing-withdrawal] textarea").TextContent + page.Find("[data-testid=filing-withdrawal] textarea").GetAttribute("value"));
        page.Find("[data-testid=withdraw-application]").Click();
        dialogs.WaitForElement("[data-testid=confirm-withdraw]").Click();

        page.WaitForAssertion(() => Assert.Equal("withdrawn", page.Find("[data-testid=filing-status]").GetAttribute("data-status")));
        Assert.Equal(2, api.Writes.Count);
        Assert.Equal(api.Writes[0].Key, api.Writes[1].Key);
    }
}
