using System.Net;
using AlliancePlatform.Portal.Features.Register;
using Bunit;

namespace AlliancePlatform.Portal.Tests;

public class AllianceDetailTests
{
    private static readonly Guid Alliance = Guid.Parse("0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01");

    private const string Entry = """
        {"allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01","name":"黑龙江省新材料产业技术创新联盟","industryField":"new_materials",
         "chairUnit":"哈尔滨某材料有限公司","region":"230100","filedOn":"2026-03-05","filingNumber":"HLJCXLM-2026-0001",
         "documentNumber":"黑科发〔2026〕1号","status":"yellow_carded","revokedOn":null,"latestGrade":"B","latestGradeYear":2027}
        """;

    private const string History = """
        [{"campaignId":"5d0c1d8e-7a51-4f3e-8f0a-2b7c1e9d4a10","year":2027,"title":"2027年度联盟运行评价","status":"on_notice","grade":"B"},
         {"campaignId":"6e1d2e9f-8b62-4a4f-9a1b-3c8d2f0e5b21","year":2026,"title":"2026年度联盟运行评价","status":"published","grade":"D"}]
        """;

    [Fact]
    public async Task TheEntry_ShowsChairUnitFilingAndGradeHistory()
    {
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath switch
        {
            var path when path == $"/api/public/register/{Alliance}" => FakeGateway.Json(Entry),
            var path when path == $"/api/public/grades/alliances/{Alliance}" => FakeGateway.Json(History),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        await using var context = new PortalTestContext(gateway);

        var page = context.RenderPage<AllianceDetail>(p => p.Add(d => d.AllianceId, Alliance));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=grade-history] tbody tr").Count));
        Assert.Equal("黑龙江省新材料产业技术创新联盟", page.Find("[data-testid=alliance-name]").TextContent);
        Assert.Equal("黑科发〔2026〕1号", page.Find("[data-testid=document-number]").TextContent);
        Assert.Contains("哈尔滨某材料有限公司", page.Markup);
        Assert.Contains("2026年3月5日", page.Markup);
        Assert.Contains("黄牌警示", page.Markup);
        Assert.Contains("B（2027年度）", page.Markup);
        var history = page.Find("[data-testid=grade-history]").TextContent;
        Assert.Contains("公示中", history);
        Assert.Contains("已发布", history);
    }

    [Fact]
    public async Task AnAllianceNotInTheRegister_IsExplained()
    {
        const string problem = """
            {"title":"备案名录中没有该联盟 / Not in the register","status":404,
             "detail":"该联盟尚未备案，或编号有误。 / The alliance has not been filed, or the id is wrong."}
            """;
        var gateway = new FakeGateway(_ => FakeGateway.Problem(problem, HttpStatusCode.NotFound));
        await using var context = new PortalTestContext(gateway);

        var page = context.RenderPage<AllianceDetail>(p => p.Add(d => d.AllianceId, Alliance));

        page.WaitForAssertion(() => Assert.Equal("该联盟尚未备案，或编号有误。", page.Find("[data-testid=problem] .mud-alert-message div").TextContent.Trim()));
        // Nothing else is asked once the alliance is not found.
        Assert.Single(gateway.Requests);
    }
}
