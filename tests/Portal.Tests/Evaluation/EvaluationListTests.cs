using System.Net;
using AlliancePlatform.Portal.Features.Evaluation;
using Bunit;
using static AlliancePlatform.Portal.Tests.Evaluation.EvaluationFixtures;

namespace AlliancePlatform.Portal.Tests.Evaluation;

public class EvaluationListTests
{
    private static readonly Guid OtherAlliance = Guid.Parse("0195f3c4-0000-7000-8000-0000000000a2");
    private static readonly Guid LateAlliance = Guid.Parse("0195f3c4-0000-7000-8000-0000000000a3");

    private static readonly string List = $$"""
        [{"id":"{{TheCampaign}}","year":2026,"title":"2026年度产业技术创新联盟活跃度评价","status":"expert_review","alliancesInScope":2},
         {"id":"0195f3c4-0000-7000-8000-000000000009","year":2027,"title":"2027年度评价（起草中）","status":"draft","alliancesInScope":2}]
        """;

    [Fact]
    public async Task AnExpert_SeesTheirAssignmentsFromTheList_WithWhereEachSheetStands()
    {
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath == "/api/evaluation/assignments"
            ? FakeGateway.Json(AssignmentsPage(
                AssignmentJson(),
                AssignmentJson(alliance: OtherAlliance, allianceName: "黑龙江省冰雪产业技术创新联盟", submittedAt: "2026-04-12T02:30:00Z", canScore: false),
                AssignmentJson(alliance: LateAlliance, allianceName: "黑龙江省石墨产业技术创新联盟", canScore: false)))
            : new HttpResponseMessage(HttpStatusCode.Forbidden));
        await using var context = new PortalTestContext(gateway);
        SignInAs(context, "expert-demo", "expert");

        var page = context.RenderPage<ExpertAssignments>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=assignment-row]").Count));
        var rows = page.FindAll("[data-testid=assignment-row]");
        Assert.Equal("黑龙江省新材料产业技术创新联盟", rows[0].QuerySelector("[data-testid=assignment-alliance]")!.TextContent);
        Assert.Equal("待评分", rows[0].QuerySelector("[data-testid=assignment-status]")!.TextContent);
        Assert.Contains("2026年4月10日", rows[0].QuerySelector("[data-testid=assignment-window]")!.TextContent);
        Assert.Equal($"evaluation/campaigns/{TheCampaign}/alliances/{TheAlliance}/scores", rows[0].QuerySelector("a[data-testid=open-assignment]")!.GetAttribute("href"));
        Assert.Equal("已于2026年4月12日 10:30提交评分", rows[1].QuerySelector("[data-testid=assignment-status]")!.TextContent);
        Assert.Equal($"evaluation/campaigns/{TheCampaign}/alliances/{OtherAlliance}/scores", rows[1].QuerySelector("a[data-testid=open-assignment]")!.GetAttribute("href"));
        Assert.Equal("当前不在专家评审期内，不能评分", rows[2].QuerySelector("[data-testid=assignment-status]")!.TextContent);
        var asked = Assert.Single(gateway.Requests);
        Assert.Equal("/api/evaluation/assignments", asked.AbsolutePath);
        Assert.Contains("open=true", asked.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpert_CanListClosedReviewsToo_AndIsToldWhenThereAreNone()
    {
        var gateway = new FakeGateway(request => request.RequestUri!.Query.Contains("open=true", StringComparison.Ordinal)
            ? FakeGateway.Json(AssignmentsPage())
            : FakeGateway.Json(AssignmentsPage(AssignmentJson(status: "published", canScore: false, closed: true))));
        await using var context = new PortalTestContext(gateway);
        SignInAs(context, "expert-demo", "expert");

        var page = context.RenderPage<ExpertAssignments>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=assignments-empty]")));
        Assert.Empty(page.FindAll("[data-testid=assignment-row]"));

        var openOnly = page.Find("[data-testid=assignments-open-only]");
        (openOnly.TagName == "INPUT" ? openOnly : openOnly.QuerySelector("input")!).Change(false);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=assignment-row]")));
        Assert.Equal("专家评审已结束", page.Find("[data-testid=assignment-status]").TextContent);
        Assert.DoesNotContain("open=", gateway.Requests[^1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApplicant_SeesItsAlliancesInEachAnnouncedCampaign_WithWhereTheSelfAssessmentStands()
    {
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath switch
        {
            "/api/evaluation/campaigns" => FakeGateway.Json(List),
            var path when path.EndsWith("/self-assessment", StringComparison.Ordinal) => new HttpResponseMessage(HttpStatusCode.NotFound),
            _ => FakeGateway.Json(CampaignJson("self_assessment")),
        });
        await using var context = new PortalTestContext(gateway);
        SignInAs(context, "李秘书", "applicant", "91230100MA1B2C3D4E");

        var page = context.RenderPage<SelfAssessments>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=self-assessments-table] tbody tr")));
        Assert.Equal("未开始", page.Find("[data-testid=self-assessment-row-status]").TextContent);
        Assert.Equal($"evaluation/campaigns/{TheCampaign}/alliances/{TheAlliance}/self-assessment", page.Find("a[data-testid=open-self-assessment]").GetAttribute("href"));
        Assert.Contains("2026年3月1日", page.Markup);
    }
}
