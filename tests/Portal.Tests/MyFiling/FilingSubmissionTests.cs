using System.Net;
using Bunit;
using static AlliancePlatform.Portal.Tests.MyFiling.FilingTestData;

namespace AlliancePlatform.Portal.Tests.MyFiling;

public class FilingSubmissionTests
{
    /// <summary>As Filing refuses a submission for an alliance that does not meet Art 6 (SubmissionRules.NotEligible).</summary>
    private const string NotEligible = """
        {"type":"https://alliance.hl.gov.cn/problems/filing.not_eligible","status":422,
         "title":"联盟尚不具备第六条规定的成立条件，不能申请备案：\n· 成员单位不少于10家，目前为6家。（Art 6-1）\n· 联盟应设立理事会（Art 6-3）",
         "detail":"The alliance does not yet meet the formation conditions of Art 6 and cannot apply for filing:\n· At least 10 member units; there are 6. (Art 6-1)\n· The alliance has a council (Art 6-3)",
         "code":"filing.not_eligible","article":"Art 6",
         "failures":[{"code":"art6_1.min_members","article":"Art 6-1","message":"成员单位不少于10家，目前为6家。","messageEn":"At least 10 member units; there are 6."},
                     {"code":"art6_3.council","article":"Art 6-3","message":"联盟应设立理事会","messageEn":"The alliance has a council"}]}
        """;

    private const string CharterMissing = """
        {"type":"https://alliance.hl.gov.cn/problems/filing.charter_missing","status":422,"title":"请上传联盟章程（协议）。",
         "detail":"Upload the alliance's charter (agreement) before submitting.","code":"filing.charter_missing","article":"Art 12"}
        """;

    private static string Submitted() => Application("submitted", [Form(), Charter()],
        stages: [Stage("recommendation", "recommender", "2026-10-09T02:00:00Z", "2026-10-23")],
        history: [Created, Step("2026-10-09T02:00:00Z", "applicant", "draft", "submitted", "submitted")]);

    [Fact]
    public async Task ARefusal_ListsEachFailedArt6Condition_WithItsArticle()
    {
        var api = new FakeFilingApi(Application("draft", [Form(), Charter()]), () => Problem(NotEligible, HttpStatusCode.UnprocessableEntity));
        await using var context = Context(api.Gateway);
        var page = FilingMaterialsTests.Open(context);

        page.Find("[data-testid=submit-application]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=submit-failure]").Count));
        var failures = page.FindAll("[data-testid=submit-failure]");
        Assert.Equal(["Art 6-1", "Art 6-3"], failures.Select(f => f.GetAttribute("data-article")));
        Assert.Contains("成员单位不少于10家，目前为6家。", failures[0].TextContent);
        Assert.Equal("Art 6-1", failures[0].QuerySelector("[data-testid=failure-article]")!.TextContent);
        Assert.Contains("联盟应设立理事会", failures[1].TextContent);
        Assert.Contains("联盟尚不具备第六条规定的成立条件", page.Find("[data-testid=submit-refused]").TextContent);
        Assert.DoesNotContain("member units", page.Markup);
        Assert.Equal("draft", page.Find("[data-testid=filing-status]").GetAttribute("data-status"));
    }

    [Fact]
    public async Task ARefusal_IsListedInEnglish_ForAnEnglishReader()
    {
        var api = new FakeFilingApi(Application("draft", [Form(), Charter()]), () => Problem(NotEligible, HttpStatusCode.UnprocessableEntity));
        await using var context = Context(api.Gateway, "en");
        var page = FilingMaterialsTests.Open(context);

        page.Find("[data-testid=submit-application]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=submit-failure]").Count));
        var failures = page.FindAll("[data-testid=submit-failure]");
        Assert.Equal("Art 6-1 At least 10 member units; there are 6.", failures[0].TextContent.Trim());
        Assert.Equal("Art 6-3 The alliance has a council", failures[1].TextContent.Trim());
        Assert.StartsWith("The alliance does not yet meet", page.Find("[data-testid=submit-refused] div").TextContent.Trim());
        Assert.DoesNotContain("理事会", page.Markup);
    }

    [Fact]
    public async Task AnyOtherRefusal_IsShownAsTheProblem_InThePersonsLanguage()
    {
        var api = new FakeFilingApi(Application("draft", [Form()]), () => Problem(CharterMissing, HttpStatusCode.UnprocessableEntity));
        await using var context = Context(api.Gateway);
        var page = FilingMaterialsTests.Open(context);

        page.Find("[data-testid=submit-application]").Click();

        page.WaitForAssertion(() => Assert.Equal("请上传联盟章程（协议）。",
            page.Find("[data-testid=filing-submission] [data-testid=problem] .mud-alert-message div").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=submit-failure]"));
        Assert.DoesNotContain("Upload the alliance's charter", page.Markup);
    }

    [Fact]
    public async Task SubmittingAgainAfterARefusal_CarriesTheSameKey_AndTheSubmittedApplicationIsShown()
    {
        var api = new FakeFilingApi(Application("draft", [Form(), Charter()]), () => Problem(NotEligible, HttpStatusCode.UnprocessableEntity));
        api.Answers.Enqueue(api.Becomes(Submitted()));
        await using var context = Context(api.Gateway);
        var page = FilingMaterialsTests.Open(context);

        page.Find("[data-testid=submit-application]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=submit-failure]")));
        page.Find("[data-testid=submit-application]").Click();

        page.WaitForAssertion(() => Assert.Equal("submitted", page.Find("[data-testid=filing-status]").GetAttribute("data-status")));
        Assert.Equal("已提交待推荐", page.Find("[data-testid=filing-status]").TextContent);
        Assert.Equal("备案申请已提交，等待初审推荐。", page.Find("[data-testid=filing-done]").TextContent.Trim());
        Assert.Equal(2, api.Writes.Count);
        Assert.All(api.Writes, w => Assert.Equal((HttpMethod.Post, $"{At}/submission"), (w.Method, w.Path)));
        Assert.NotNull(api.Writes[0].Key);
        Assert.Equal(api.Writes[0].Key, api.Writes[1].Key);
        Assert.Empty(page.FindAll("[data-testid=submit-application]"));
        Assert.Equal("recommendation", page.Find("[data-testid=timeline-stage]").GetAttribute("data-kind"));
    }

    [Fact]
    public async Task AReturnedApplication_SaysWhy_AndCanBeSubmittedAgain()
    {
        var api = new FakeFilingApi(Application("returned", [Form(), Charter()],
            stages: [Stage("recommendation", "recommender", "2026-09-28T02:00:00Z", "2026-10-15", closedAt: "2026-09-30T02:00:00Z", decision: "returned",
                reason: "申请书未加盖公章。")],
            history: [Created, Step("2026-09-30T02:00:00Z", "recommender", "submitted", "returned", "returned", "申请书未加盖公章。")]));
        await using var context = Context(api.Gateway);

        var page = FilingMaterialsTests.Open(context);

        Assert.Equal("申请书未加盖公章。", page.Find("[data-testid=returned-reason]").TextContent);
        Assert.NotEmpty(page.FindAll("[data-testid=submit-application]"));
        Assert.NotEmpty(page.FindAll("[data-testid=upload-form]"));
        Assert.Equal(2, page.FindAll("[data-testid=delete-attachment]").Count);
    }
}
