using System.Net;
using AlliancePlatform.Portal.Features.Grades;
using Bunit;

namespace AlliancePlatform.Portal.Tests;

public class PublishedGradesTests
{
    [Fact]
    public async Task APublishedCampaign_IsListedBestFirst_WithItsPublicationDate()
    {
        const string grades = """
            {"campaign":{"id":"5d0c1d8e-7a51-4f3e-8f0a-2b7c1e9d4a10","year":2025,"title":"2025年度联盟运行评价","status":"published",
              "noticeFirstDay":"2026-03-02","noticeLastDay":"2026-03-06","publishedOn":"2026-03-09"},
             "distribution":{},
             "grades":{"items":[{"allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01","name":"黑龙江省新材料产业技术创新联盟",
               "industryField":"new_materials","region":"230100","grade":"A","composite":92.5}],"pageNumber":1,"pageSize":20,"totalCount":1}}
            """;
        await using var context = new PortalTestContext(new FakeGateway(_ => FakeGateway.Json(grades)));

        var page = context.RenderPage<PublishedGrades>();

        page.WaitForAssertion(() => Assert.Contains("黑龙江省新材料产业技术创新联盟", page.Find("[data-testid=grades-table]").TextContent));
        Assert.Contains("已发布", page.Markup);
        Assert.Contains("2026年3月9日", page.Markup);
    }

    [Fact]
    public async Task NoPublicCampaign_ShowsTheProblemInEnglish_WhenEnglishIsChosen()
    {
        const string problem = """
            {"title":"没有公开的评价结果 / No public grades","status":404,
             "detail":"尚无评价结果进入公示或发布。 / No campaign's grades are on notice or published yet."}
            """;
        await using var context = new PortalTestContext(new FakeGateway(_ => FakeGateway.Problem(problem, HttpStatusCode.NotFound)), "en");

        var page = context.RenderPage<PublishedGrades>();

        page.WaitForAssertion(() => Assert.Equal(
            "No campaign's grades are on notice or published yet.", page.Find("[data-testid=problem] .mud-alert-message div").TextContent.Trim()));
        Assert.Contains("Alliance grades", page.Markup);
    }
}
