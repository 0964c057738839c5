using System.Net;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests.Reporting;

/// <summary>Whether filed alliances report on time (Art 13) is public (domain.md §7): readable through the gateway without a token.</summary>
[Collection(PlatformCollection.Name)]
public class PublicAnnualReportTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art13_AFiledAlliancesReportingStatus_IsReadableWithoutSigningIn_AsItsOwnersSeeIt_WithoutTheReport()
    {
        var filed = await platform.SharedFiledAllianceAsync();
        var id = filed.Alliance.Id;

        var page = await Eventually.ReturnsAsync(
            () => GetAsync($"/api/public/annual-reports?allianceId={id}"),
            p => p.GetProperty("items").GetArrayLength() == 1, TimeSpan.FromSeconds(30), "Reporting learning of the filing");
        var alliance = page.GetProperty("items")[0];
        Assert.Equal(id, alliance.GetProperty("allianceId").GetGuid());
        Assert.Equal(filed.Alliance.Name, alliance.GetProperty("allianceName").GetString());

        // The same years and statuses as the alliance's own applicant reads, and nothing of the report itself.
        var own = await new Filing.FilingClient(platform.Applicant).GetAsync($"/api/reporting/alliances/{id}/obligations");
        var years = alliance.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal(own.GetArrayLength(), years.Count);
        Assert.NotEmpty(years);
        foreach (var (mine, shown) in own.EnumerateArray().Zip(years))
        {
            Assert.Equal(mine.GetProperty("year").GetInt32(), shown.GetProperty("year").GetInt32());
            Assert.Equal(mine.GetProperty("status").GetString(), shown.GetProperty("status").GetString());
            Assert.Contains(shown.GetProperty("status").GetString(), new[] { "not_due", "due", "submitted_on_time", "submitted_late", "missing" });
            Assert.False(shown.TryGetProperty("reportState", out _));
        }

        // Found by name too; paginated, with the page size capped.
        var byName = await GetAsync($"/api/public/annual-reports?name={Uri.EscapeDataString(filed.Alliance.Name)}&pageSize=1000");
        Assert.Contains(byName.GetProperty("items").EnumerateArray(), a => a.GetProperty("allianceId").GetGuid() == id);
        Assert.Equal(100, byName.GetProperty("pageSize").GetInt32());

        using var unknown = await platform.Gateway.GetAsync($"/api/public/annual-reports?allianceId={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(0, JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("totalCount").GetInt32());

        using var malformed = await platform.Gateway.GetAsync("/api/public/annual-reports?allianceId=not-a-guid");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await platform.Gateway.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
