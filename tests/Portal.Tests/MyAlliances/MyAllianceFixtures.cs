using System.Net;
using Bunit;

namespace AlliancePlatform.Portal.Tests.MyAlliances;

/// <summary>An alliance being formed, as Membership and Filing answer for it, and how a test works the page's controls.</summary>
internal static class MyAllianceFixtures
{
    public static readonly Guid Alliance = Guid.Parse("0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01");
    public static readonly Guid Company = Guid.Parse("11111111-2222-4333-8444-555555555555");
    public static readonly Guid University = Guid.Parse("22222222-3333-4444-8555-666666666666");
    public const string CompanyCode = "91230100MA1B2C3D49";
    public const string UniversityCode = "12230000MB0000001X";

    public static readonly string Detail = $$"""
        {"id":"{{Alliance}}","name":"黑龙江省新材料产业技术创新联盟","industryField":"new_materials","industryFieldName":"新材料",
         "registeredAt":"2026-03-01T02:00:00Z","chairUnitId":null,"secretaryGeneralUnitId":null,
         "members":[
           {"memberUnitId":"{{Company}}","unit":{"id":"{{Company}}","name":"哈尔滨新材料科技有限公司","creditCode":"{{CompanyCode}}","type":"enterprise","registeredRegion":"230100"},
            "status":"current","joinedOn":"2026-03-02","memberSince":"2026-03-05","leftOn":null,"leaveReason":null},
           {"memberUnitId":"{{University}}","unit":{"id":"{{University}}","name":"哈尔滨理工大学","creditCode":"{{UniversityCode}}","type":"university","registeredRegion":"230100"},
            "status":"pending","joinedOn":"2026-03-03","memberSince":null,"leftOn":null,"leaveReason":null}],
         "council":[],"expertCommittee":[],"secretariat":null,"formationSteps":[],
         "charterVersions":[{"number":1,"state":"under_adoption","effectiveOn":null,"missingClauses":["FundManagement"],"signatures":1}],
         "membershipHistory":[],"dissolution":null}
        """;

    public static readonly string Charter = $$"""
        {"number":1,"state":"under_adoption","clauses":{},"missingClauses":["FundManagement"],"effectiveOn":null,
         "signatures":[{"memberUnitId":"{{Company}}","signerName":"王建国","signedOn":"2026-03-05","kind":"adoption"}],
         "signaturesStillNeeded":["{{University}}"]}
        """;

    public static readonly string Eligibility = $$"""
        {"allianceId":"{{Alliance}}","eligible":false,"checks":[
          {"code":"art6_1.min_members","article":"Art 6-1","passed":true,"message":"成员单位不少于3家（现有已签署章程的成员单位3家）。","messageEn":"At least 3 member units (now 3 that have signed the charter)."},
          {"code":"art6_2.charter_signed","article":"Art 6-2","passed":false,"message":"章程尚未经全体成员单位签署。","messageEn":"Not every member unit has signed the charter."}]}
        """;

    public const string NoApplications = """{"items":[],"pageNumber":1,"pageSize":100,"totalCount":0}""";

    public static readonly string OneApplication = $$"""
        {"items":[{"id":"9a8b7c6d-5e4f-4321-8fed-cba987654321","allianceId":"{{Alliance}}","allianceName":"黑龙江省新材料产业技术创新联盟",
          "industryField":"new_materials","region":"230100","status":"draft","statusName":"草稿 / Draft","openStage":null,"assigneeRole":null,
          "dueOn":null,"overdue":false,"createdAt":"2026-03-06T02:00:00Z"}],"pageNumber":1,"pageSize":100,"totalCount":1}
        """;

    public const string NoUnits = """{"items":[],"pageNumber":1,"pageSize":20,"totalCount":0}""";

    /// <summary>Answers the page's reads; writes go to <paramref name="write"/>.</summary>
    public static FakeGateway AllianceGateway(
        Func<HttpRequestMessage, HttpResponseMessage> write, string applications = NoApplications, string units = NoUnits) => new(request =>
    {
        if (request.Method != HttpMethod.Get)
        {
            return write(request);
        }
        var path = request.RequestUri!.AbsolutePath;
        return path switch
        {
            _ when path.EndsWith("/eligibility", StringComparison.Ordinal) => FakeGateway.Json(Eligibility),
            _ when path.EndsWith("/charters/1", StringComparison.Ordinal) => FakeGateway.Json(Charter),
            _ when path.StartsWith("/api/membership/alliances/", StringComparison.Ordinal) => FakeGateway.Json(Detail),
            "/api/membership/units" => FakeGateway.Json(units),
            "/api/filing/applications" => FakeGateway.Json(applications),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    });

    public static IRenderedComponent<PageHost> OpenAlliance(PortalTestContext context)
    {
        var page = context.RenderPage<Portal.Features.MyAlliances.MyAlliancePage>(p => p.Add(d => d.AllianceId, Alliance));
        page.WaitForAssertion(() => Assert.Equal("黑龙江省新材料产业技术创新联盟", page.Find("[data-testid=alliance-title]").TextContent));
        return page;
    }

    /// <summary>Opens a MudSelect (found by the test id on its input) and clicks the option with the given test id.</summary>
    public static void Choose(IRenderedComponent<PageHost> page, string select, string option)
    {
        var input = page.Find($"[data-testid={select}]");
        var control = input.ParentElement;
        while (control is not null && !(control.ClassList.Contains("mud-input-control") && control.ClassList.Contains("mud-select")))
        {
            control = control.ParentElement;
        }
        control!.MouseDown();
        page.WaitForElement($"[data-testid={option}]").Click();
    }

    /// <summary>Types into the MudTextField whose input (or textarea) carries the test id.</summary>
    public static void Type(IRenderedComponent<PageHost> page, string testId, string text) => page.Find($"[data-testid={testId}]").Input(text);

    /// <summary>The helper or error text under the field whose input carries the test id.</summary>
    public static string TextUnder(IRenderedComponent<PageHost> page, string testId)
    {
        var field = page.Find($"[data-testid={testId}]").ParentElement;
        while (field is not null && !field.ClassList.Contains("mud-input-control"))
        {
            field = field.ParentElement;
        }
        return field?.TextContent ?? "";
    }

    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
