using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Bunit;
using static AlliancePlatform.Portal.Tests.MyAlliances.MyAllianceFixtures;

namespace AlliancePlatform.Portal.Tests.MyAlliances;

public class MembersAndCharterTests
{
    private const string NewCode = "91230100MA1XYZ0012";
    private static readonly Guid Registered = Guid.Parse("33333333-4444-4555-8666-777777777777");

    private static readonly string KnownUnit = $$"""
        {"items":[{"id":"{{Registered}}","name":"黑龙江省材料研究所","creditCode":"{{NewCode}}","type":"research_institute","registeredRegion":"230100",
          "legalRepresentative":null,"contact":null,"registeredAt":"2026-03-01T02:00:00Z","updatedAt":"2026-03-01T02:00:00Z"}],
         "pageNumber":1,"pageSize":20,"totalCount":1}
        """;

    private static readonly string RegisteredUnit = $$"""
        {"id":"{{Registered}}","name":"黑龙江省材料研究所","creditCode":"{{NewCode}}","type":"research_institute","registeredRegion":"230100",
         "legalRepresentative":"张伟","contact":{"person":"赵丽","phone":"0451-86000000","email":null},
         "registeredAt":"2026-03-01T02:00:00Z","updatedAt":"2026-03-01T02:00:00Z"}
        """;

    private const string JoinedOnProblem = """
        {"title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"JoinedOn":["加入日期不能晚于今天。 / The joining date cannot be in the future."]}}
        """;

    private static HttpResponseMessage Ok(HttpRequestMessage request) =>
        request.RequestUri!.AbsolutePath == "/api/membership/units"
            ? FakeGateway.Json(RegisteredUnit, HttpStatusCode.Created)
            : FakeGateway.Json(Detail);

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        context.SignIn("李明", "applicant", CompanyCode);
        return OpenAlliance(context);
    }

    [Fact]
    public async Task TheMembers_ShowTheirUnit_AndWhoHasSignedTheCurrentCharter()
    {
        await using var context = new PortalTestContext(AllianceGateway(Ok));

        var page = Open(context);

        var company = page.Find($"[data-testid=member-row][data-credit-code='{CompanyCode}']");
        Assert.Contains("哈尔滨新材料科技有限公司", company.TextContent);
        Assert.Contains("企业", company.TextContent);
        Assert.Contains("2026年3月2日", company.TextContent);
        Assert.Contains("王建国", company.QuerySelector("[data-testid=member-signed]")!.TextContent);
        Assert.Null(company.QuerySelector("[data-testid=sign-charter]"));
        var university = page.Find($"[data-testid=member-row][data-credit-code='{UniversityCode}']");
        Assert.Contains("待签署章程", university.TextContent);
        Assert.NotNull(university.QuerySelector("[data-testid=sign-charter]"));
        Assert.Equal(Today, university.QuerySelector("[data-testid=signed-on]")!.GetAttribute("value"));
        Assert.Equal("签署中", page.Find("[data-testid=charter-state]").TextContent.Trim());
        Assert.Equal("缺少：经费管理", page.Find("[data-testid=charter-completeness]").TextContent.Trim());
        Assert.Equal("已签署1家，待签署1家", page.Find("[data-testid=charter-signatures]").TextContent.Trim());
    }

    [Fact]
    public async Task AddingAKnownUnit_JoinsItDirectly_WithTodayAsDefaultDate()
    {
        var gateway = AllianceGateway(Ok, units: KnownUnit);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "unit-credit-code", NewCode.ToLowerInvariant());
        Type(page, "member-reason", "发起单位");
        page.Find("[data-testid=add-member-form]").Submit();

        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        Assert.Contains(gateway.Requests, r => r.PathAndQuery == $"/api/membership/units?creditCode={NewCode}");
        var join = gateway.Writes[0];
        Assert.Equal($"/api/membership/alliances/{Alliance}/members", join.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(join.Body);
        Assert.Equal(Registered, body.RootElement.GetProperty("memberUnitId").GetGuid());
        Assert.Equal(Today, body.RootElement.GetProperty("joinedOn").GetString());
        Assert.Equal("发起单位", body.RootElement.GetProperty("reason").GetString());
        page.WaitForAssertion(() => Assert.Equal("", page.Find("[data-testid=unit-credit-code]").GetAttribute("value") ?? ""));
    }

    [Fact]
    public async Task AddingANewUnit_AsksForItsDetails_ThenRegistersItBeforeItJoins()
    {
        var gateway = AllianceGateway(Ok);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "unit-credit-code", NewCode);
        page.Find("[data-testid=add-member-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", TextUnder(page, "unit-name")));
        Assert.Contains("此项为必填项。", TextUnder(page, "unit-type"));
        Assert.Contains("此项为必填项。", TextUnder(page, "unit-legal-representative"));
        Assert.DoesNotContain("此项为必填项。", TextUnder(page, "unit-contact-email"));
        Assert.Empty(gateway.Writes);

        Type(page, "unit-name", "黑龙江省材料研究所");
        Choose(page, "unit-type", "unit-type-research_institute");
        Type(page, "unit-region", "230100");
        Type(page, "unit-legal-representative", "张伟");
        Type(page, "unit-contact-person", "赵丽");
        Type(page, "unit-contact-phone", "0451-86000000");
        Type(page, "member-joined-on", "2026-03-04");
        page.Find("[data-testid=add-member-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal(2, gateway.Writes.Count));
        Assert.Equal("/api/membership/units", gateway.Writes[0].Uri.AbsolutePath);
        using var unit = JsonDocument.Parse(gateway.Writes[0].Body);
        Assert.Equal(NewCode, unit.RootElement.GetProperty("creditCode").GetString());
        Assert.Equal("research_institute", unit.RootElement.GetProperty("unit").GetProperty("type").GetString());
        Assert.Equal("张伟", unit.RootElement.GetProperty("unit").GetProperty("legalRepresentative").GetString());
        Assert.Equal($"/api/membership/alliances/{Alliance}/members", gateway.Writes[1].Uri.AbsolutePath);
        using var join = JsonDocument.Parse(gateway.Writes[1].Body);
        Assert.Equal(Registered, join.RootElement.GetProperty("memberUnitId").GetGuid());
        Assert.Equal("2026-03-04", join.RootElement.GetProperty("joinedOn").GetString());
        Assert.NotEqual(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
    }

    [Fact]
    public async Task AServerErrorOfJoining_IsPlacedBesideTheDate_TypedValuesStay_AndTheRetryKeepsTheKey()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(JoinedOnProblem, HttpStatusCode.BadRequest),
            FakeGateway.Json(Detail),
        ]);
        var gateway = AllianceGateway(_ => answers.Dequeue(), units: KnownUnit);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "unit-credit-code", NewCode);
        Type(page, "member-joined-on", "2030-01-01");
        Type(page, "member-reason", "新加入");
        page.Find("[data-testid=add-member-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("加入日期不能晚于今天。", TextUnder(page, "member-joined-on")));
        Assert.DoesNotContain("The joining date", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
        Assert.Equal(NewCode, page.Find("[data-testid=unit-credit-code]").GetAttribute("value"));
        Assert.Equal("新加入", page.Find("[data-testid=member-reason]").GetAttribute("value"));

        Type(page, "member-joined-on", "2026-03-04");
        page.Find("[data-testid=add-member-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal(2, gateway.Writes.Count));
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
    }

    [Fact]
    public async Task Signing_InTheUnitsRow_SendsItsSignerToTheCurrentVersion_AfterCheckingTheName()
    {
        var gateway = AllianceGateway(_ => FakeGateway.Json(Charter));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);
        IElement Row() => page.Find($"[data-testid=member-row][data-credit-code='{UniversityCode}']");

        Row().QuerySelector("[data-testid=sign-charter]")!.Click();
        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", Row().TextContent));
        Assert.Empty(gateway.Writes);

        Row().QuerySelector("[data-testid=signer-name]")!.Input("刘洋");
        Row().QuerySelector("[data-testid=signed-on]")!.Input("2026-03-06");
        Row().QuerySelector("[data-testid=sign-charter]")!.Click();

        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        Assert.Equal($"/api/membership/alliances/{Alliance}/charters/1/signatures", gateway.Writes[0].Uri.AbsolutePath);
        using var body = JsonDocument.Parse(gateway.Writes[0].Body);
        Assert.Equal(University, body.RootElement.GetProperty("memberUnitId").GetGuid());
        Assert.Equal("刘洋", body.RootElement.GetProperty("signerName").GetString());
        Assert.Equal("2026-03-06", body.RootElement.GetProperty("signedOn").GetString());
    }

    [Fact]
    public async Task TheCharterForm_AsksForEverySevenClauses_AndSendsThemAsTheApiNamesThem()
    {
        var gateway = AllianceGateway(_ => FakeGateway.Json(Charter, HttpStatusCode.Created));
        await using var context = new PortalTestContext(gateway, "en");
        context.SignIn("李明", "applicant", CompanyCode);
        var page = context.RenderPage<Portal.Features.MyAlliances.MyAlliancePage>(p => p.Add(d => d.AllianceId, Alliance));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=charter-form]")));

        Type(page, "charter-task-division", "理事长单位统筹协调。");
        page.Find("[data-testid=charter-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("This field is required.", TextUnder(page, "charter-fund-management")));
        Assert.DoesNotContain("required", TextUnder(page, "charter-task-division"));
        Assert.Equal(6, page.FindAll("[data-testid=charter-form] .mud-input-control").Count(f => f.TextContent.Contains("This field is required.", StringComparison.Ordinal)));
        Assert.Empty(gateway.Writes);
        Assert.Equal("Missing: Management of funds", page.Find("[data-testid=charter-completeness]").TextContent.Trim());

        foreach (var field in new[] { "innovation-goals", "organisation-form", "achievement-sharing", "intellectual-property", "breach-liability", "fund-management" })
        {
            Type(page, $"charter-{field}", $"条款 {field}");
        }
        page.Find("[data-testid=charter-form]").Submit();

        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        Assert.Equal($"/api/membership/alliances/{Alliance}/charters", gateway.Writes[0].Uri.AbsolutePath);
        using var body = JsonDocument.Parse(gateway.Writes[0].Body);
        Assert.Equal("理事长单位统筹协调。", body.RootElement.GetProperty("taskDivision").GetString());
        Assert.Equal("条款 fund-management", body.RootElement.GetProperty("fundManagement").GetString());
        Assert.Equal(7, body.RootElement.EnumerateObject().Count());
    }
}
