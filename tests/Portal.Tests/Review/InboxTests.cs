using System.Text.Json;
using AlliancePlatform.Portal.Features.Inbox;
using Bunit;
using static AlliancePlatform.Portal.Tests.Review.ReviewFixtures;

namespace AlliancePlatform.Portal.Tests.Review;

public class InboxTests
{
    private static readonly Guid Late = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    private static readonly Guid Soon = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    private static readonly Guid Elsewhere = Guid.Parse("a0000000-0000-4000-8000-000000000003");

    private static object Row(Guid id, string name, string status, string stage, string role, string due, bool overdue) => new
    {
        id, allianceId = Guid.NewGuid(), allianceName = name, industryField = "new_materials", region = "230100", status, statusName = "x / x",
        openStage = stage, assigneeRole = role, dueOn = due, overdue, createdAt = "2026-03-01T01:00:00Z",
    };

    /// <summary>As the API orders them: overdue first, then by due date.</summary>
    private static string Inbox(params object[] rows) =>
        JsonSerializer.Serialize(new { items = rows, pageNumber = 1, pageSize = 20, totalCount = rows.Length }, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private static readonly string ThreeRows = Inbox(
        Row(Late, "冰雪经济联盟", "recommended", "formal_review", "secretariat", "2026-03-02", true),
        Row(Soon, "新材料联盟", "recommended", "formal_review", "secretariat", "2026-03-20", false),
        Row(Elsewhere, "航空航天联盟", "formal_review_passed", "business_review", "business_division", "2026-03-18", false));

    [Fact]
    public async Task TheSecretariat_SeesItsOwnRows_OverdueFirstAsTheApiOrdersThem_WithTheOverdueChip()
    {
        var gateway = new FakeGateway(_ => Ok(ThreeRows));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("省工研院", "secretariat");

        var page = context.RenderPage<InboxPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=inbox-row]").Count));
        var rows = page.FindAll("[data-testid=inbox-row]");
        Assert.Equal([Late.ToString(), Soon.ToString()], rows.Select(r => r.GetAttribute("data-application-id")));
        Assert.Single(rows[0].QuerySelectorAll("[data-testid=overdue]"));
        Assert.Empty(rows[1].QuerySelectorAll("[data-testid=overdue]"));
        Assert.Contains("2026年3月2日", rows[0].TextContent);
        Assert.Contains("形式审查", rows[0].TextContent);
        Assert.Equal($"reviews/{Late}", rows[0].QuerySelector("[data-testid=open-review]")!.GetAttribute("href"));
        var other = Assert.Single(page.FindAll("[data-testid=inbox-other-row]"));
        Assert.Equal(Elsewhere.ToString(), other.GetAttribute("data-application-id"));
        Assert.Equal("/api/filing/applications?page=1&pageSize=20", gateway.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task OverdueOnly_AsksTheApiForOverdueRows()
    {
        var gateway = new FakeGateway(request => Ok(request.RequestUri!.Query.Contains("overdue=true", StringComparison.Ordinal)
            ? Inbox(Row(Late, "冰雪经济联盟", "recommended", "formal_review", "secretariat", "2026-03-02", true))
            : ThreeRows));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("省工研院", "secretariat");
        var page = context.RenderPage<InboxPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=inbox-row]").Count));

        page.Tick("inbox-overdue-only");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=inbox-row]")));
        Assert.Equal("/api/filing/applications?page=1&pageSize=20&overdue=true", gateway.Requests[^1].PathAndQuery);
    }

    [Fact]
    public async Task TheBusinessDivision_SeesOnlyTheBusinessReviewAsWaiting()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => Ok(ThreeRows)));
        context.SignIn("业务处", "business_division");

        var page = context.RenderPage<InboxPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=inbox-row]")));
        Assert.Equal(Elsewhere.ToString(), page.Find("[data-testid=inbox-row]").GetAttribute("data-application-id"));
        Assert.Equal(2, page.FindAll("[data-testid=inbox-other-row]").Count);
    }

    [Fact]
    public async Task AnExpert_SeesAsWaiting_OnlyTheConsultationsStillMissingTheirOpinion()
    {
        var answered = Guid.Parse("a0000000-0000-4000-8000-000000000004");
        var list = Inbox(
            Row(Application, "新材料联盟", "business_review_passed", "expert_consultation", "admin_division", "2026-03-20", false),
            Row(answered, "航空航天联盟", "business_review_passed", "expert_consultation", "admin_division", "2026-03-22", false));
        var gateway = new FakeGateway(request => request.RequestUri!.AbsolutePath switch
        {
            "/api/filing/applications" => Ok(list),
            var path when path.EndsWith(Application.ToString(), StringComparison.Ordinal) =>
                Ok(ApplicationJson("business_review_passed", "expert_consultation", "admin_division", panel: [PanelEntry(Management, "赵敏", "science_technology_management")])),
            _ => Ok(ApplicationJson("business_review_passed", "expert_consultation", "admin_division", panel: [PanelEntry(Management, "赵敏", "science_technology_management", "supports")])),
        });
        await using var context = new PortalTestContext(gateway);
        context.SignIn("赵敏", "expert");

        var page = context.RenderPage<InboxPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=inbox-row]")));
        Assert.Equal(Application.ToString(), page.Find("[data-testid=inbox-row]").GetAttribute("data-application-id"));
        Assert.Equal(answered.ToString(), page.Find("[data-testid=inbox-other-row]").GetAttribute("data-application-id"));
    }

    [Fact]
    public async Task NothingWaiting_SaysSo()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => Ok(Inbox())));
        context.SignIn("哈尔滨市科技局", "recommender");

        var page = context.RenderPage<InboxPage>();

        page.WaitForAssertion(() => Assert.Equal("目前没有待您办理的申请。", page.Find("[data-testid=inbox-empty]").TextContent.Trim()));
    }
}
