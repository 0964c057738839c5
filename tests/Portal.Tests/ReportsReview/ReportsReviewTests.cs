using System.Net;
using AlliancePlatform.Portal.Features.ReportsReview;
using Bunit;
using static AlliancePlatform.Portal.Tests.MyAlliances.MyAllianceFixtures;

namespace AlliancePlatform.Portal.Tests.ReportsReview;

/// <summary>The officials' list of annual reports across alliances (<c>/reports/review</c>).</summary>
public class ReportsReviewTests
{
    private static readonly Guid Waiting = Guid.Parse("0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01");
    private static readonly Guid Returned = Guid.Parse("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");

    private const string SubmittedPage = """
        {"items":[
          {"allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01","allianceName":"黑龙江省新材料产业技术创新联盟","year":2026,"state":"submitted","stateName":"已提交待审核 / submitted",
           "firstSubmittedAt":"2027-02-03T02:00:00Z","lastSubmittedAt":"2027-02-03T02:00:00Z","acceptedAt":null,"returnReason":null,
           "dueOn":"2027-01-31","obligationStatus":"submitted_late","obligationStatusName":"逾期提交 / submitted late","daysLate":3}],
         "pageNumber":1,"pageSize":20,"totalCount":41}
        """;

    private const string ReturnedPage = """
        {"items":[
          {"allianceId":"5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a","allianceName":"黑龙江省智能农机产业技术创新联盟","year":2025,"state":"returned","stateName":"已退回修改 / returned",
           "firstSubmittedAt":"2026-01-10T02:00:00Z","lastSubmittedAt":"2026-01-10T02:00:00Z","acceptedAt":null,"returnReason":"请补充联合研发项目的经费来源。",
           "dueOn":"2026-01-31","obligationStatus":"submitted_on_time","obligationStatusName":"按时提交 / submitted on time","daysLate":null}],
         "pageNumber":1,"pageSize":20,"totalCount":1}
        """;

    private const string StateProblem = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"请求无法读取 / The request could not be read","status":400,
         "detail":"The query parameter 'state' is one of: draft, submitted, returned, accepted; 'pending' is not."}
        """;

    private static FakeGateway Gateway(Func<HttpRequestMessage, HttpResponseMessage>? answer = null) => new(request =>
        answer?.Invoke(request) ?? (request.RequestUri!.Query.Contains("state=returned", StringComparison.Ordinal)
            ? FakeGateway.Json(ReturnedPage)
            : FakeGateway.Json(SubmittedPage)));

    private static IRenderedComponent<PageHost> Open(PortalTestContext context, string role = "secretariat")
    {
        context.SignIn("省联盟秘书处", role, "12230000MB0000000B");
        var page = context.RenderPage<ReportsReviewPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=review-report-row], [data-testid=problem]")));
        return page;
    }

    [Fact]
    public async Task ItOpensOnTheSecretariatsQueue_EachRowSaysWhoseReportAndLinksToIt()
    {
        var gateway = Gateway();
        await using var context = new PortalTestContext(gateway);

        var page = Open(context);

        Assert.Equal("/api/reporting/reports?page=1&pageSize=20&state=submitted", gateway.Requests.Single().PathAndQuery);
        var row = page.Find("[data-testid=review-report-row]");
        Assert.Equal((Waiting.ToString(), "2026", "submitted"), (row.GetAttribute("data-alliance-id"), row.GetAttribute("data-year"), row.GetAttribute("data-state")));
        Assert.Equal("黑龙江省新材料产业技术创新联盟", row.QuerySelector("[data-testid=review-report-alliance]")!.TextContent);
        Assert.Equal("已提交待审核", row.QuerySelector("[data-testid=review-report-state]")!.TextContent);
        Assert.Equal("2027年2月3日 10:00", row.QuerySelector("[data-testid=review-report-submitted-at]")!.TextContent.Trim());
        Assert.Contains("逾期提交", row.QuerySelector("[data-testid=review-report-status]")!.TextContent);
        Assert.Contains("逾期3天", row.TextContent);
        Assert.Equal($"my/reports/{Waiting}/2026", row.QuerySelector("[data-testid=open-report]")!.GetAttribute("href"));
        Assert.Contains("共41份报告", page.Find("[data-testid=reports-review-total]").TextContent);
        Assert.NotNull(page.Find("[data-testid=reports-review-pages]"));
    }

    [Fact]
    public async Task ChoosingAStateAndAYear_SendsThemAsTheQuery_AndListsWhatComesBack()
    {
        var gateway = Gateway();
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Choose(page, "reports-state", "reports-state-returned");
        page.WaitForAssertion(() => Assert.Equal("returned", page.Find("[data-testid=review-report-row]").GetAttribute("data-state")));
        Type(page, "reports-review-year", "2025");
        page.Find("[data-testid=reports-review-search]").Submit();

        page.WaitForAssertion(() => Assert.Equal("/api/reporting/reports?page=1&pageSize=20&state=returned&year=2025", gateway.Requests[^1].PathAndQuery));
        var row = page.Find("[data-testid=review-report-row]");
        Assert.Equal((Returned.ToString(), "2025"), (row.GetAttribute("data-alliance-id"), row.GetAttribute("data-year")));
        Assert.Equal("请补充联合研发项目的经费来源。", row.QuerySelector("[data-testid=review-report-return-reason]")!.TextContent);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public async Task AllStates_SendsNoStateFilter()
    {
        var gateway = Gateway();
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "admin_division");

        Choose(page, "reports-state", "reports-state-all");

        page.WaitForAssertion(() => Assert.Equal("/api/reporting/reports?page=1&pageSize=20", gateway.Requests[^1].PathAndQuery));
    }

    [Fact]
    public async Task AYearThatIsNotAYear_IsExplainedBesideTheField_AndNothingIsSent()
    {
        var gateway = Gateway();
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "business_division");

        Type(page, "reports-review-year", "20x6");
        page.Find("[data-testid=reports-review-search]").Submit();

        Assert.Contains("报告年度须为2000年至9998年之间的四位年份。", TextUnder(page, "reports-review-year"), StringComparison.Ordinal);
        Assert.Single(gateway.Requests);
        Assert.Equal("20x6", page.Find("[data-testid=reports-review-year]").GetAttribute("value"));
    }

    [Fact]
    public async Task TheApisRefusal_IsShownAsItsProblem_InEnglishToo()
    {
        var gateway = Gateway(_ => FakeGateway.Problem(StateProblem, HttpStatusCode.BadRequest));
        await using var context = new PortalTestContext(gateway, "en");

        var page = Open(context);

        var problem = page.Find("[data-testid=problem]");
        Assert.Contains("'pending' is not", problem.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=review-report-row]"));
    }

    [Fact]
    public async Task NothingToReview_SaysSo()
    {
        var gateway = Gateway(_ => FakeGateway.Json("""{"items":[],"pageNumber":1,"pageSize":20,"totalCount":0}"""));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("省联盟秘书处", "secretariat", "12230000MB0000000B");

        var page = context.RenderPage<ReportsReviewPage>();

        page.WaitForAssertion(() => Assert.Equal("没有符合条件的年度报告。", page.Find("[data-testid=reports-review-empty]").TextContent));
    }
}
