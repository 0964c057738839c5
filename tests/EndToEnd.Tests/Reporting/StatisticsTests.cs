using System.Globalization;
using System.Net;
using System.Text.Json;
using AlliancePlatform.EndToEnd.Tests.Filing;
using static AlliancePlatform.EndToEnd.Tests.Reporting.ReportingHttp;

namespace AlliancePlatform.EndToEnd.Tests.Reporting;

/// <summary>Statistics of a reporting year for the admin division (Art 13), before and after a report is accepted.</summary>
[Collection(PlatformCollection.Name)]
public class StatisticsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art13_Statistics_CountTheAcceptedReport_ByStatusIndustryFieldAndRegion()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        var application = await new FilingClient(platform.Applicant).GetAsync($"/api/filing/applications/{filed.ApplicationId}");
        var year = DateOnly.Parse(application.GetProperty("filedOn").GetString()!, CultureInfo.InvariantCulture).Year;
        var region = application.GetProperty("region").GetString()!;
        var prefecture = string.Concat(region.AsSpan(0, 4), "00");
        await KnownAsync(platform, filed.Alliance.Id);
        await platform.AdvanceClockPastAsync(new DateTimeOffset(year + 1, 1, 5, 10, 0, 0, TimeSpan.FromHours(8)));

        using (var secretariat = await platform.Secretariat.GetAsync($"/api/reporting/statistics?year={year}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, secretariat.StatusCode);
        }
        using (var noYear = await platform.Admin.GetAsync("/api/reporting/statistics"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noYear.StatusCode);
        }
        var before = await SendOkAsync(platform.Admin, HttpMethod.Get, $"/api/reporting/statistics?year={year}", null);

        var at = $"/api/reporting/alliances/{filed.Alliance.Id}/reports/{year}";
        await SendOkAsync(platform.Applicant, HttpMethod.Put, at, new
        {
            content = new { jointProjects = 2, jointProjectFunding = 800_000.25m, meetings = 1, achievementTransfers = 3, transferContractValue = 120_000m },
            summary = "本年度联盟开展联合攻关两项，转化成果三项。",
        });
        await SendOkAsync(platform.Applicant, HttpMethod.Post, $"{at}/submission", null);
        var accepted = await SendOkAsync(platform.Secretariat, HttpMethod.Post, $"{at}/acceptance", new { comment = "材料齐全。" });
        var status = accepted.GetProperty("obligation").GetProperty("status").GetString()!;
        Assert.StartsWith("submitted_", status, StringComparison.Ordinal);

        var after = await SendOkAsync(platform.Admin, HttpMethod.Get, $"/api/reporting/statistics?year={year}", null);
        Assert.Equal(before.GetProperty("owed").GetInt32(), after.GetProperty("owed").GetInt32());
        Assert.Equal(Count(before, status) + 1, Count(after, status));
        Assert.Equal(5, after.GetProperty("byStatus").GetArrayLength());
        AssertAdded(before.GetProperty("total"), after.GetProperty("total"));
        AssertAdded(Group(before, "byIndustryField", "new_materials"), Group(after, "byIndustryField", "new_materials"));
        AssertAdded(Group(before, "byRegion", prefecture), Group(after, "byRegion", prefecture));
    }

    private static int Count(JsonElement statistics, string status) =>
        statistics.GetProperty("byStatus").EnumerateArray().Single(s => s.GetProperty("status").GetString() == status).GetProperty("count").GetInt32();

    private static JsonElement? Group(JsonElement statistics, string grouping, string key) =>
        statistics.GetProperty(grouping).EnumerateArray().Cast<JsonElement?>().SingleOrDefault(g => g!.Value.GetProperty("key").GetString() == key);

    private static void AssertAdded(JsonElement? before, JsonElement? after)
    {
        Assert.NotNull(after);
        decimal Of(JsonElement? totals, string figure) => totals is { } t ? t.GetProperty(figure).GetDecimal() : 0m;
        Assert.Equal(Of(before, "acceptedReports") + 1, Of(after, "acceptedReports"));
        Assert.Equal(Of(before, "jointProjects") + 2, Of(after, "jointProjects"));
        Assert.Equal(Of(before, "jointProjectFunding") + 800_000.25m, Of(after, "jointProjectFunding"));
        Assert.Equal(Of(before, "achievementTransfers") + 3, Of(after, "achievementTransfers"));
        Assert.Equal(Of(before, "transferContractValue") + 120_000m, Of(after, "transferContractValue"));
    }
}
