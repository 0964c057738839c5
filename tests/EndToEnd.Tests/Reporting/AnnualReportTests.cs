using System.Net;
using System.Text.Json;
using AlliancePlatform.EndToEnd.Tests.Filing;

namespace AlliancePlatform.EndToEnd.Tests.Reporting;

/// <summary>Annual reports (Art 13) through the gateway, with the services' clock moved into the reporting season.</summary>
[Collection(PlatformCollection.Name)]
public class AnnualReportTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art13_AFiledAlliance_OwesItsReportBy31January_SubmitsIt_GetsItReturned_AndAccepted()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        var filedOn = DateOnly.Parse((await new FilingClient(platform.Applicant).GetAsync($"/api/filing/applications/{filed.ApplicationId}"))
            .GetProperty("filedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var year = filedOn.Year;
        var applicant = new FilingClient(platform.Applicant);
        var at = $"/api/reporting/alliances/{filed.Alliance.Id}";

        // Reporting learns of the filing from Filing's event; until the year ends the report is not yet due.
        var obligations = await Eventually.ReturnsAsync(async () =>
            {
                using var response = await platform.Applicant.GetAsync($"{at}/obligations");
                return response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : default;
            },
            o => o.ValueKind == JsonValueKind.Array && o.GetArrayLength() > 0, TimeSpan.FromSeconds(30), "Reporting learning of the filing");
        var owed = Assert.Single(obligations.EnumerateArray());
        Assert.Equal(year, owed.GetProperty("year").GetInt32());
        Assert.Equal($"{year + 1}-01-31", owed.GetProperty("dueOn").GetString());
        Assert.Equal("not_due", owed.GetProperty("status").GetString());

        // Early January of the next year: due, with working days left.
        await platform.AdvanceClockPastAsync(new DateTimeOffset(year + 1, 1, 5, 10, 0, 0, TimeSpan.FromHours(8)));
        var due = (await applicant.GetAsync($"{at}/obligations"))[0];
        Assert.Equal("due", due.GetProperty("status").GetString());
        Assert.True(due.GetProperty("workingDaysLeft").GetInt32() > 0);

        var draft = await SendAsync(platform.Applicant, HttpMethod.Put, $"{at}/reports/{year}", new
        {
            content = new { jointProjects = 3, jointProjectFunding = 1_200_000m, meetings = 4, achievementTransfers = 1, transferContractValue = 300_000m },
            summary = "本年度联盟围绕高性能复合材料开展联合攻关。",
        });
        Assert.Equal("draft", draft.GetProperty("state").GetString());
        var submitted = await SendAsync(platform.Applicant, HttpMethod.Post, $"{at}/reports/{year}/submission", null);
        Assert.Equal("submitted", submitted.GetProperty("state").GetString());
        Assert.Equal("submitted_on_time", submitted.GetProperty("obligation").GetProperty("status").GetString());
        var waiting = await ListedAsync(platform.Secretariat, "submitted", year, filed.Alliance.Id);
        Assert.Equal("submitted_on_time", waiting.GetProperty("obligationStatus").GetString());
        Assert.Equal($"{year + 1}-01-31", waiting.GetProperty("dueOn").GetString());
        Assert.False(string.IsNullOrEmpty(waiting.GetProperty("allianceName").GetString()));
        using (var notAnOfficial = await platform.Applicant.GetAsync($"/api/reporting/reports?state=submitted&year={year}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notAnOfficial.StatusCode);
        }

        // Returned by the secretariat with a reason, corrected, resubmitted and accepted; still judged by its first submission.
        using (var notTheirs = await new FilingClient(platform.Applicant).SendAsync(HttpMethod.Post, $"{at}/reports/{year}/acceptance", new { }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        }
        var returned = await SendAsync(platform.Secretariat, HttpMethod.Post, $"{at}/reports/{year}/return", new { reason = "请补充联合研发项目的经费来源。" });
        Assert.Equal("returned", returned.GetProperty("state").GetString());
        await SendAsync(platform.Applicant, HttpMethod.Put, $"{at}/reports/{year}", new
        {
            content = new { jointProjects = 3, jointProjectFunding = 1_200_000m, meetings = 4, achievementTransfers = 1, transferContractValue = 300_000m, income = 500_000m },
            summary = "已补充经费来源：省科技计划项目支持。",
        });
        await SendAsync(platform.Applicant, HttpMethod.Post, $"{at}/reports/{year}/submission", null);
        var accepted = await SendAsync(platform.Secretariat, HttpMethod.Post, $"{at}/reports/{year}/acceptance", new { comment = "材料齐全。" });
        Assert.Equal("accepted", accepted.GetProperty("state").GetString());
        Assert.Equal("submitted_on_time", accepted.GetProperty("obligation").GetProperty("status").GetString());
        Assert.Contains(accepted.GetProperty("history").EnumerateArray(), h => h.GetProperty("reason").GetString() == "请补充联合研发项目的经费来源。");
        Assert.Equal("accepted", (await ListedAsync(platform.Secretariat, "accepted", year, filed.Alliance.Id)).GetProperty("state").GetString());
        Assert.Null(await FindListedAsync(platform.Secretariat, "submitted", year, filed.Alliance.Id));

        using var foreign = await platform.OtherApplicant.GetAsync($"{at}/reports/{year}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    /// <summary>The alliance's report in the officials' list of reports in <paramref name="state"/> on <paramref name="year"/>.</summary>
    private static async Task<JsonElement> ListedAsync(HttpClient official, string state, int year, Guid allianceId)
    {
        var item = await FindListedAsync(official, state, year, allianceId);
        Assert.True(item.HasValue, $"the {year} report of {allianceId} is not listed as {state}");
        return item.Value;
    }

    /// <summary>Reads the list page by page (other tests' reports are there too).</summary>
    private static async Task<JsonElement?> FindListedAsync(HttpClient official, string state, int year, Guid allianceId)
    {
        for (var page = 1; page <= 50; page++)
        {
            var found = await SendAsync(official, HttpMethod.Get, $"/api/reporting/reports?state={state}&year={year}&page={page}&pageSize=100", null);
            var items = found.GetProperty("items").EnumerateArray().ToList();
            Assert.All(items, r => Assert.Equal((state, year), (r.GetProperty("state").GetString(), r.GetProperty("year").GetInt32())));
            if (state == "submitted")
            {
                // The secretariat's queue: the longest waiting first.
                var waitingSince = items.Select(r => r.GetProperty("lastSubmittedAt").GetDateTimeOffset()).ToList();
                Assert.Equal(waitingSince.Order(), waitingSince);
            }
            if (items.FirstOrDefault(r => r.GetProperty("allianceId").GetGuid() == allianceId) is { ValueKind: JsonValueKind.Object } item)
            {
                return item;
            }
            if (page * 100 >= found.GetProperty("totalCount").GetInt32())
            {
                return null;
            }
        }
        return null;
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object? body)
    {
        using var response = await new FilingClient(client).SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
