using System.Net;
using AlliancePlatform.Portal.Features.Review;
using Bunit;
using static AlliancePlatform.Portal.Tests.Review.ReviewFixtures;

namespace AlliancePlatform.Portal.Tests.Review;

public class ExpertPanelTests
{
    private const string Roster = """
        {"items":[
          {"id":"11111111-1111-4111-8111-111111111111","accountName":"expert-demo","name":"赵敏","kind":"science_technology_management","unitCreditCode":"12230000MB0000003W","unitName":"省科技情报研究院","specialty":"科技管理"},
          {"id":"22222222-2222-4222-8222-222222222222","accountName":"expert-industry-demo","name":"钱峰","kind":"industry","unitCreditCode":"91230100MA1D4E5F6G","unitName":"哈工大","specialty":null},
          {"id":"33333333-3333-4333-8333-333333333333","accountName":"expert-sun","name":"孙立","kind":"industry","unitCreditCode":"91230100MA1D4E5F7H","unitName":"成员单位","specialty":null}],
         "pageNumber":1,"pageSize":20,"totalCount":3}
        """;

    private const string ConflictProblem = """
        {"title":"该专家所在单位是联盟成员单位，存在利益冲突，不能参加本次专家咨询。","status":422,"code":"filing.expert_conflict_of_interest",
         "detail":"The expert's unit is a member of the alliance: a conflict of interest, so the expert cannot sit on this panel."}
        """;

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        context.SignIn("综合处", "admin_division");
        var page = context.RenderPage<ReviewPage>(p => p.Add(r => r.ApplicationId, Application));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=roster-expert]").Count));
        return page;
    }

    private static AngleSharp.Dom.IElement RosterRow(IRenderedComponent<PageHost> page, string account) =>
        page.FindAll("[data-testid=roster-expert]").Single(r => r.GetAttribute("data-account") == account);

    [Fact]
    public async Task AnExpertFromAMemberUnit_IsRefused_AndTheConflictIsShownBesideThem()
    {
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath switch
        {
            "/api/filing/experts" => Ok(Roster),
            var path when path.EndsWith("/panel", StringComparison.Ordinal) => Problem(ConflictProblem, HttpStatusCode.UnprocessableEntity),
            _ => Ok(ApplicationJson("business_review_passed", "expert_consultation", "admin_division")),
        });
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        RosterRow(page, "expert-sun").QuerySelector("[data-testid=assign-expert]")!.Click();

        page.WaitForAssertion(() => Assert.Contains("存在利益冲突", RosterRow(page, "expert-sun").QuerySelector("[data-testid=expert-conflict]")!.TextContent));
        Assert.Empty(RosterRow(page, "expert-demo").QuerySelectorAll("[data-testid=expert-conflict]"));
        Assert.Empty(page.FindAll("[data-testid=panel-expert]"));
        var write = gateway.Writes.Single();
        Assert.Equal($"{ApplicationPath}/panel", write.Uri.AbsolutePath);
        Assert.Equal(Conflicted, Body(write).GetProperty("expertId").GetGuid());
    }

    [Fact]
    public async Task AssigningAnExpert_PutsThemOnThePanel_WithOneKeyAcrossARetry()
    {
        var answers = new Queue<HttpResponseMessage>([
            new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            Ok(ApplicationJson("business_review_passed", "expert_consultation", "admin_division", panel: [PanelEntry(Management, "赵敏", "science_technology_management")])),
        ]);
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath switch
        {
            "/api/filing/experts" => Ok(Roster),
            var path when path.EndsWith("/panel", StringComparison.Ordinal) => answers.Dequeue(),
            _ => Ok(ApplicationJson("business_review_passed", "expert_consultation", "admin_division")),
        });
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        RosterRow(page, "expert-demo").QuerySelector("[data-testid=assign-expert]")!.Click();
        page.WaitForAssertion(() => Assert.NotEmpty(RosterRow(page, "expert-demo").QuerySelectorAll("[data-testid=assign-problem]")));
        RosterRow(page, "expert-demo").QuerySelector("[data-testid=assign-expert]")!.Click();

        page.WaitForAssertion(() => Assert.Equal("赵敏", page.Find("[data-testid=panel-expert]").GetAttribute("data-name")));
        Assert.NotEmpty(RosterRow(page, "expert-demo").QuerySelectorAll("[data-testid=expert-on-panel]"));
        Assert.Equal(2, gateway.Writes.Count);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        Assert.NotEmpty(page.FindAll("[data-testid=panel-incomplete]"));
    }

    [Fact]
    public async Task RemovingAnExpert_DeletesThemFromThePanel_AndReloads()
    {
        var removed = false;
        var gateway = new FakeGateway(request =>
        {
            if (request.RequestUri!.AbsolutePath == "/api/filing/experts")
            {
                return Ok(Roster);
            }
            if (request.Method == HttpMethod.Delete)
            {
                removed = true;
                return new HttpResponseMessage(HttpStatusCode.OK);
            }
            return Ok(ApplicationJson("business_review_passed", "expert_consultation", "admin_division",
                panel: removed ? [] : [PanelEntry(Industry, "钱峰", "industry")]));
        });
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        page.Find("[data-testid=panel-expert] [data-testid=remove-expert]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=panel-expert]")));
        Assert.Contains(gateway.Requests, r => r.AbsolutePath == $"{ApplicationPath}/panel/{Industry}");
    }

    [Fact]
    public async Task TheConsolidatedOpinion_WaitsForEveryExpert_ThenIsRequired_AndSent()
    {
        await using (var waiting = new PortalTestContext(new FakeGateway(request => request.RequestUri!.AbsolutePath == "/api/filing/experts"
            ? Ok(Roster)
            : Ok(ApplicationJson("business_review_passed", "expert_consultation", "admin_division",
                panel: [PanelEntry(Management, "赵敏", "science_technology_management", "supports"), PanelEntry(Industry, "钱峰", "industry")])))))
        {
            var page = Open(waiting);
            Assert.NotEmpty(page.FindAll("[data-testid=consultation-waiting]"));
            Assert.True(page.Find("[data-testid=submit-consultation]").HasAttribute("disabled"));
        }

        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath switch
        {
            "/api/filing/experts" => Ok(Roster),
            var path when path.EndsWith("/expert-consultation", StringComparison.Ordinal) => Ok(ApplicationJson("expert_consulted", "filing_decision", "admin_division")),
            _ => Ok(ApplicationJson("business_review_passed", "expert_consultation", "admin_division",
                panel: [PanelEntry(Management, "赵敏", "science_technology_management", "supports"), PanelEntry(Industry, "钱峰", "industry", "opposes")])),
        });
        await using var context = new PortalTestContext(gateway);
        var ready = Open(context);
        Assert.Contains("不同意", ready.FindAll("[data-testid=panel-opinion]")[1].TextContent);

        ready.Find("[data-testid=consultation-form]").Submit();
        ready.WaitForAssertion(() => Assert.Contains("此项为必填项。", ready.FieldText("consolidated-opinion")));
        Assert.Empty(gateway.Writes);

        ready.Field("consolidated-opinion").Input("专家组认为联盟具备备案条件，建议予以备案。");
        ready.Find("[data-testid=consultation-form]").Submit();

        ready.WaitForAssertion(() => Assert.NotEmpty(ready.FindAll("[data-testid=decision-form]")));
        var write = gateway.Writes.Single();
        Assert.Equal($"{ApplicationPath}/expert-consultation", write.Uri.AbsolutePath);
        Assert.Equal("专家组认为联盟具备备案条件，建议予以备案。", Body(write).GetProperty("consolidatedOpinion").GetString());
    }
}
