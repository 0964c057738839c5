using System.Net;
using AlliancePlatform.Portal.Tests;
using AngleSharp.Dom;
using Bunit;

namespace AlliancePlatform.Portal.Tests.Reports;

/// <summary>What the Reporting and Membership APIs answer in the reports tests, and how the tests reach the inputs.</summary>
internal static class ReportsFixtures
{
    public static readonly Guid Alliance = Guid.Parse("0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01");
    public static readonly Guid Unfiled = Guid.Parse("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");
    public const string Org = "91230100MA1B2C3D49";

    public static readonly string AlliancesPage = $$"""
        {"items":[
          {"id":"{{Alliance}}","name":"黑龙江省新材料产业技术创新联盟","industryField":"new_materials","industryFieldName":"新材料","registeredAt":"2025-03-01T00:00:00Z"},
          {"id":"{{Unfiled}}","name":"黑龙江省智能农机产业技术创新联盟","industryField":"smart_agriculture","industryFieldName":"智能农机","registeredAt":"2026-05-01T00:00:00Z"}],
         "pageNumber":1,"pageSize":100,"totalCount":2}
        """;

    public const string Obligations = """
        [{"year":2025,"dueOn":"2026-01-31","status":"submitted_late","statusName":"逾期提交 / submitted late","workingDaysLeft":null,"daysLate":3,"daysOverdue":null,"reportState":"accepted","submittedOn":"2026-02-03"},
         {"year":2026,"dueOn":"2027-01-31","status":"due","statusName":"待提交 / due","workingDaysLeft":12,"daysLate":null,"daysOverdue":null,"reportState":null,"submittedOn":null}]
        """;

    public const string NoAchievements = """{"items":[],"pageNumber":1,"pageSize":10,"totalCount":0}""";

    public const string OneAchievement = """
        {"items":[{"id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01","type":"patent","typeName":"专利 / patent",
          "title":"一种高强碳纤维的制备方法","date":"2026-09-15","value":null,
          "evidence":[{"id":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","fileName":"专利证书.pdf","contentType":"application/pdf","sizeBytes":1024,"sha256":"ab","uploadedAt":"2026-09-16T02:00:00Z"}],
          "registeredAt":"2026-09-16T02:01:00Z"}],"pageNumber":1,"pageSize":10,"totalCount":1}
        """;

    public const string Evidence = """
        {"id":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","fileName":"专利证书.pdf","contentType":"application/pdf","sizeBytes":1024,"sha256":"ab","uploadedAt":"2026-09-16T02:00:00Z"}
        """;

    /// <summary>A 2026 report in <paramref name="state"/>, with its figures and summary.</summary>
    public static string Report(string state, string? summary = "本年度联盟围绕高性能复合材料开展联合攻关。", string? returnReason = null, string attachments = "[]") => $$"""
        {"id":"6e5d4c3b-2a19-4807-9f6e-5d4c3b2a1908","allianceId":"{{Alliance}}","year":2026,"state":"{{state}}","stateName":"x",
         "content":{"jointProjects":3,"jointProjectFunding":1200000,"meetings":4,"exchanges":0,"trainingSessions":0,"achievementTransfers":1,
                    "transferContractValue":300000,"patentsLed":0,"patentsJoined":0,"standardsLed":0,"standardsJoined":0,"talentTrained":0,
                    "membersJoined":0,"membersLeft":0,"sharedInstruments":0,"income":0,"expenditure":0,"activities":4,"showsActivity":true},
         "summary":{{(summary is null ? "null" : $"\"{summary}\"")}},"firstSubmittedAt":null,"lastSubmittedAt":{{(state is "submitted" or "accepted" ? "\"2027-01-10T02:00:00Z\"" : "null")}},
         "returnReason":{{(returnReason is null ? "null" : $"\"{returnReason}\"")}},"acceptedAt":null,
         "obligation":{"year":2026,"dueOn":"2027-01-31","status":"{{(state is "submitted" or "accepted" ? "submitted_on_time" : "due")}}","statusName":"x","workingDaysLeft":12,"daysLate":null,"daysOverdue":null,"reportState":"{{state}}","submittedOn":null},
         "history":[],"attachments":{{attachments}}}
        """;

    public static HttpResponseMessage NotFound() => FakeGateway.Problem("""{"title":"Not Found","status":404}""", HttpStatusCode.NotFound);

    /// <summary>The input (or text area) of the field the browser tests name <paramref name="testId"/>.</summary>
    public static IElement Input(IRenderedComponent<PageHost> page, string testId) =>
        page.FindAll($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea")[0];

    /// <summary>The text of the field's control, helper and error texts included.</summary>
    public static string FieldText(IRenderedComponent<PageHost> page, string testId) =>
        Input(page, testId).Closest(".mud-input-control")?.TextContent ?? "";
}
