using System.Net;
using AlliancePlatform.Portal.Features.Evaluation;
using Bunit;
using static AlliancePlatform.Portal.Tests.Evaluation.EvaluationFixtures;

namespace AlliancePlatform.Portal.Tests.Evaluation;

public class EvaluationListTests
{
    private static readonly Guid OtherAlliance = Guid.Parse("0195f3c4-0000-7000-8000-0000000000a2");

    private static readonly string List = $$"""
        [{"id":"{{TheCampaign}}","year":2026,"title":"2026年度产业技术创新联盟活跃度评价","status":"expert_review","alliancesInScope":2},
         {"id":"0195f3c4-0000-7000-8000-000000000009","year":2027,"title":"2027年度评价（起草中）","status":"draft","alliancesInScope":2}]
        """;

    /// <summary>The campaign with a second alliance the expert is not assigned to.</summary>
    private static string TwoAlliances => CampaignJson().Replace("\"alliances\":[", $$"""
        "alliances":[{"allianceId":"{{OtherAlliance}}","name":"黑龙江省冰雪产业技术创新联盟","industryField":"ice_snow_economy","region":"230100",
          "selfAssessmentRefusedAt":null,"expertsCounted":null,"composite":null,"proposedGrade":null,"grade":null,"isAdjusted":false},
        """, StringComparison.Ordinal);

    private static readonly string OwnReview = $$"""
        {"id":"0195f3c4-0000-7000-8000-0000000000c1","campaignId":"{{TheCampaign}}","allianceId":"{{TheAlliance}}","createdAt":"2026-04-10T01:00:00Z",
         "isClosed":false,"expertsAssigned":2,"sheets":[{"expertId":"0195f3c4-0000-7000-8000-0000000000d1","accountName":"expert-demo","name":"赵敏",
          "unitCreditCode":"12230000MB0000003W","assignedAt":"2026-04-10T01:00:00Z","submittedAt":null,"total":0,"scores":[]}]}
        """;

    [Fact]
    public async Task AnExpert_SeesOnlyTheAlliancesWhoseReviewTheyAreAssignedTo()
    {
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath switch
        {
            "/api/evaluation/campaigns" => FakeGateway.Json(List),
            var path when path.EndsWith($"{TheAlliance}/review", StringComparison.Ordinal) => FakeGateway.Json(OwnReview),
            var path when path.EndsWith("/review", StringComparison.Ordinal) => new HttpResponseMessage(HttpStatusCode.NotFound),
            _ => FakeGateway.Json(TwoAlliances),
        });
        await using var context = new PortalTestContext(gateway);
        SignInAs(context, "expert-demo", "expert");

        var page = context.RenderPage<ExpertAssignments>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=assignments-table] tbody tr")));
        Assert.Equal("黑龙江省新材料产业技术创新联盟", page.Find("[data-testid=assignment-alliance]").TextContent);
        Assert.Equal("待评分", page.Find("[data-testid=assignment-status]").TextContent);
        Assert.Equal($"evaluation/campaigns/{TheCampaign}/alliances/{TheAlliance}/scores", page.Find("a[data-testid=open-assignment]").GetAttribute("href"));
        Assert.DoesNotContain(gateway.Requests, u => u.AbsolutePath.Contains("0195f3c4-0000-7000-8000-000000000009", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhileTheApiRefusesExpertsTheCampaignList_TheExpertIsToldSo_NotThatTheServiceIsDown()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => new HttpResponseMessage(HttpStatusCode.Forbidden)));
        SignInAs(context, "expert-demo", "expert");

        var page = context.RenderPage<ExpertAssignments>();

        page.WaitForAssertion(() => Assert.Contains("平台暂未向专家提供评审任务列表", page.Find("[data-testid=assignments-unavailable]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
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

    [Fact]
    public async Task WithoutThePlan_TheScoringFormTakesTheIndicatorsFromTheSelfAssessment_AndLeavesTheRangeToTheApi()
    {
        const string assessment = """
            {"id":"0195f3c4-0000-7000-8000-0000000000e1","campaignId":"0195f3c4-0000-7000-8000-000000000001","allianceId":"0195f3c4-0000-7000-8000-0000000000a1",
             "status":"submitted","createdAt":"2026-03-02T01:00:00Z","submittedAt":"2026-03-05T01:00:00Z","checkedAt":null,"returnReason":null,
             "items":[{"indicatorId":"0195f3c4-0000-7000-8000-0000000000b1","code":"ORG-1","reportedValue":null,"score":8,"evidence":[],"scoredAt":null},
                      {"indicatorId":"0195f3c4-0000-7000-8000-0000000000b2","code":"ACT-1","reportedValue":6,"score":7,"evidence":[],"scoredAt":null}],
             "missingIndicators":[],"files":[]}
            """;
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath switch
        {
            var path when path.EndsWith("/review", StringComparison.Ordinal) => FakeGateway.Json(OwnReview),
            var path when path.EndsWith("/self-assessment", StringComparison.Ordinal) => FakeGateway.Json(assessment),
            _ => new HttpResponseMessage(HttpStatusCode.Forbidden),
        });
        await using var context = new PortalTestContext(gateway);
        SignInAs(context, "expert-demo", "expert");

        var page = context.RenderPage<ExpertScoring>(p => p.Add(s => s.CampaignId, TheCampaign).Add(s => s.AllianceId, TheAlliance));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=score-row]").Count));
        Assert.NotEmpty(page.FindAll("[data-testid=plan-unknown]"));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
        page.FindAll("input[data-testid=score-value]")[0].Input("250");
        page.Find("[data-testid=score-form]").Submit();
        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        Assert.EndsWith("/review/scores/0195f3c4-0000-7000-8000-0000000000b1", gateway.Writes[0].Uri.AbsolutePath, StringComparison.Ordinal);
    }
}
