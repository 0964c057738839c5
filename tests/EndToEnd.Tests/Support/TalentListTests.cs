using System.Net;
using System.Text.Json;
using AlliancePlatform.Contracts.Evaluation;
using AlliancePlatform.EndToEnd.Tests.Filing;
using MiniExcelLibs;

namespace AlliancePlatform.EndToEnd.Tests.Support;

/// <summary>
/// The talent list (Art 26) end to end: an A alliance's secretary-general unit appears under the campaign as a
/// technology-manager training candidate, named as Membership named it, on screen and in the Excel export.
/// </summary>
[Collection(PlatformCollection.Name)]
public class TalentListTests(PlatformFixture platform)
{
    private const string Candidates = "/api/support/talent/technology-manager-candidates";

    [Fact]
    public async Task Art26_AnAAlliancesSecretaryGeneralUnit_IsOnTheTalentList_AndInItsWorkbook()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        var campaignId = Guid.NewGuid();
        var publishedAt = platform.ServiceNow;
        await platform.PublishAsync(new AllianceGradePublished(
            filed.Alliance.Id, campaignId, 2029, "A", 92m, DateOnly.FromDateTime(publishedAt.UtcDateTime), publishedAt));

        var candidate = Assert.Single(await Eventually.ReturnsAsync(
            () => ItemsAsync(platform.Secretariat, $"{Candidates}?campaignId={campaignId}"), items => items.Count == 1, TimeSpan.FromSeconds(45),
            "the A alliance's secretary-general unit on the talent list"));
        Assert.Equal(campaignId, candidate.GetProperty("campaignId").GetGuid());
        Assert.Equal(2029, candidate.GetProperty("campaignYear").GetInt32());
        Assert.Equal(filed.Alliance.Id, candidate.GetProperty("allianceId").GetGuid());
        Assert.Equal(filed.Alliance.Name, candidate.GetProperty("allianceName").GetString());
        Assert.Equal(filed.Alliance.UniversityCreditCode, candidate.GetProperty("unitCreditCode").GetString());
        Assert.Equal("哈尔滨理工大学", candidate.GetProperty("unitName").GetString());
        Assert.Equal("secretary_general_unit", candidate.GetProperty("holder").GetString());
        Assert.Equal("current", candidate.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, candidate.GetProperty("grantedAt").ValueKind);

        var campaigns = await EntitlementRulesTests.ReadAsync(platform.BusinessDivision, $"{Candidates}/campaigns");
        var listed = Assert.Single(campaigns.EnumerateArray(), c => c.GetProperty("campaignId").GetGuid() == campaignId);
        Assert.Equal(1, listed.GetProperty("candidateCount").GetInt32());

        using var workbook = await platform.Admin.GetAsync($"{Candidates}.xlsx?campaignId={campaignId}");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("哈尔滨理工大学", row["单位名称"]?.ToString());
        Assert.Equal(filed.Alliance.UniversityCreditCode, row["统一社会信用代码"]?.ToString());
        Assert.Equal(filed.Alliance.Name, row["联盟名称"]?.ToString());
        Assert.Equal("有效", row["状态"]?.ToString());

        using var applicant = await platform.Applicant.GetAsync($"{Candidates}?campaignId={campaignId}");
        Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string path) =>
        [.. (await EntitlementRulesTests.ReadAsync(client, path)).GetProperty("items").EnumerateArray()];
}
