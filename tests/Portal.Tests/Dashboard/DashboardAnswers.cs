using System.Globalization;
using System.Net;
using System.Text.Json;

namespace AlliancePlatform.Portal.Tests.Dashboard;

/// <summary>Canned answers of Filing, Reporting and Evaluation for the dashboard, routed by path.</summary>
internal static class DashboardAnswers
{
    public const string CampaignId = "5d0c1d8e-7a51-4f3e-8f0a-2b7c1e9d4a10";

    /// <summary>Applications per status, and overdue ones per status.</summary>
    public static readonly Dictionary<string, (int All, int Overdue)> Filings = new()
    {
        ["submitted"] = (3, 1),
        ["recommended"] = (2, 0),
        ["public_notice"] = (1, 0),
        ["filed"] = (5, 0),
    };

    public const string Statistics = """
        {"year":2025,"asOf":"2026-03-01T02:00:00Z","owed":10,
         "byStatus":[{"status":"not_due","statusName":"未到报告期 / not due","count":0},{"status":"due","statusName":"待提交 / due","count":2},
                     {"status":"submitted_on_time","statusName":"按时提交 / on time","count":5},{"status":"submitted_late","statusName":"逾期提交 / late","count":2},
                     {"status":"missing","statusName":"逾期未提交 / missing","count":1}],
         "total":{"key":"all","acceptedReports":6,"jointProjects":14,"jointProjectFunding":1250000.50,"achievementTransfers":3,"transferContractValue":800000},
         "byIndustryField":[{"key":"new_materials","acceptedReports":4,"jointProjects":10,"jointProjectFunding":1000000.50,"achievementTransfers":2,"transferContractValue":500000},
                            {"key":"bio_economy","acceptedReports":2,"jointProjects":4,"jointProjectFunding":250000,"achievementTransfers":1,"transferContractValue":300000}],
         "byRegion":[{"key":"230100","acceptedReports":5,"jointProjects":12,"jointProjectFunding":1200000.50,"achievementTransfers":3,"transferContractValue":800000},
                     {"key":"unknown","acceptedReports":1,"jointProjects":2,"jointProjectFunding":50000,"achievementTransfers":0,"transferContractValue":0}]}
        """;

    public const string Campaigns = $$"""
        [{"id":"{{CampaignId}}","year":2025,"title":"2025年度联盟运行评价","status":"published",
          "noticeFirstDay":"2026-03-02","noticeLastDay":"2026-03-06","publishedOn":"2026-03-09"}]
        """;

    /// <summary>Four grades over two pages: new materials A and B in Harbin (one county-level), bio economy C in Daqing; page 2 a D in 230900.</summary>
    public static string GradesPage(int page) =>
        "{\"campaign\":" + Campaigns.Trim()[1..^1] + ",\"distribution\":{\"a\":1,\"b\":1,\"c\":1,\"d\":1}," +
        "\"grades\":{\"items\":[" + (page == 1 ? FirstPage : SecondPage) + "],\"pageNumber\":" + page.ToString(CultureInfo.InvariantCulture) +
        ",\"pageSize\":100,\"totalCount\":103}}";

    private const string FirstPage = """
        {"allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01","name":"联盟甲","industryField":"new_materials","region":"230100","grade":"A","composite":92.5},
        {"allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e02","name":"联盟乙","industryField":"new_materials","region":"230183","grade":"B","composite":81},
        {"allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e03","name":"联盟丙","industryField":"bio_economy","region":"230600","grade":"C","composite":70}
        """;

    private const string SecondPage = """
        {"allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e04","name":"联盟丁","industryField":"bio_economy","region":"230900","grade":"D","composite":55}
        """;

    public static HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
        return path switch
        {
            "/api/filing/applications" => FakeGateway.Json(PageOf(
                Filings.TryGetValue(query["status"] ?? "", out var count) ? (query["overdue"] == "true" ? count.Overdue : count.All) : 0)),
            "/api/reporting/statistics" => FakeGateway.Json(Statistics.Replace("\"year\":2025", $"\"year\":{query["year"]}", StringComparison.Ordinal)),
            "/api/public/grades/campaigns" => FakeGateway.Json(Campaigns),
            "/api/public/grades" => FakeGateway.Json(GradesPage(int.Parse(query["page"] ?? "1", CultureInfo.InvariantCulture))),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private static string PageOf(int total) => JsonSerializer.Serialize(new { items = Array.Empty<object>(), pageNumber = 1, pageSize = 1, totalCount = total });
}
