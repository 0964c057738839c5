using System.Text.Json;
using AlliancePlatform.Contracts.Evaluation;

namespace AlliancePlatform.EndToEnd.Tests.Filing;

/// <summary>The public register's search (Art 11-8): parts of Chinese names, field, region prefix, and names kept current.</summary>
[Collection(PlatformCollection.Name)]
public class RegisterSearchTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art11_8_Register_FindsARenamedAllianceByAnyPartOfItsName_FieldAndRegion_WithoutSigningIn()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        var marker = Guid.NewGuid().ToString("N")[..12];
        var renamed = $"黑龙江省寒地{marker}冰雪装备产业技术创新联盟";
        await new MembershipClient(platform.Applicant)
            .PutAsync($"/api/membership/alliances/{filed.Alliance.Id}/profile", new { name = renamed, industryField = "ice_snow_economy" });
        var register = new FilingClient(platform.Gateway);

        // Membership's change reaches the register through its event.
        var byTwoCharacters = await Eventually.ReturnsAsync(
            () => register.GetAsync("/api/public/register?name=寒地&field=ice_snow_economy&region=2301&pageSize=100"),
            page => Items(page).Any(e => e.GetProperty("allianceId").GetGuid() == filed.Alliance.Id),
            TimeSpan.FromSeconds(30), "the renamed alliance in the register");
        Assert.All(Items(byTwoCharacters), e =>
        {
            Assert.Contains("寒地", e.GetProperty("name").GetString(), StringComparison.Ordinal);
            Assert.Equal("ice_snow_economy", e.GetProperty("industryField").GetString());
            Assert.StartsWith("2301", e.GetProperty("region").GetString(), StringComparison.Ordinal);
        });

        var byMarker = await register.GetAsync($"/api/public/register?name={marker.ToUpperInvariant()}");
        var entry = Assert.Single(Items(byMarker));
        Assert.Equal(renamed, entry.GetProperty("name").GetString());
        Assert.Equal(filed.DocumentNumber, entry.GetProperty("documentNumber").GetString());
        Assert.Equal(1, byMarker.GetProperty("totalCount").GetInt32());

        var byOneCharacterAndPhrase = await register.GetAsync($"/api/public/register?name={Uri.EscapeDataString($"{marker}冰雪装备")}");
        Assert.Single(Items(byOneCharacterAndPhrase));
        Assert.Contains(Items(await register.GetAsync("/api/public/register?name=寒&field=ice_snow_economy&pageSize=100")),
            e => e.GetProperty("allianceId").GetGuid() == filed.Alliance.Id);
        Assert.Empty(Items(await register.GetAsync($"/api/public/register?name={marker}&region=2302")));
        Assert.Empty(Items(await register.GetAsync($"/api/public/register?name={marker}&field=new_materials")));
        Assert.Empty(Items(await register.GetAsync($"/api/public/register?name={marker}寒地")));

        // Reporting lists the alliance's public report status under its new name too.
        var reports = await Eventually.ReturnsAsync(
            () => register.GetAsync($"/api/public/annual-reports?name={marker}"),
            page => Items(page).Any(), TimeSpan.FromSeconds(30), "the renamed alliance in Reporting's public status");
        Assert.Equal(renamed, Assert.Single(Items(reports)).GetProperty("allianceName").GetString());
    }

    [Fact]
    public async Task Art23_Register_ShowsTheLatestGradeEvaluationPublished()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        var published = DateTimeOffset.UtcNow;
        await platform.PublishAsync(
            new AllianceGradePublished(filed.Alliance.Id, Guid.NewGuid(), 2027, "B", 78.25m, new DateOnly(2027, 12, 1), published),
            new AllianceGradePublished(filed.Alliance.Id, Guid.NewGuid(), 2026, "D", 50m, new DateOnly(2026, 12, 1), published.AddDays(-365)));

        var entry = await Eventually.ReturnsAsync(
            async () => Items(await new FilingClient(platform.Gateway).GetAsync(
                $"/api/public/register?name={Uri.EscapeDataString(filed.Alliance.Name)}&probe={Guid.NewGuid():N}")).Single(),
            e => e.GetProperty("latestGrade").GetString() == "B",
            TimeSpan.FromSeconds(30), "the published grade in the register");
        await Task.Delay(TimeSpan.FromSeconds(2));
        entry = Items(await new FilingClient(platform.Gateway).GetAsync(
            $"/api/public/register?name={Uri.EscapeDataString(filed.Alliance.Name)}&probe={Guid.NewGuid():N}")).Single();

        // The older campaign's grade, whenever it was applied, does not replace the newer one.
        Assert.Equal("B", entry.GetProperty("latestGrade").GetString());
        Assert.Equal(2027, entry.GetProperty("latestGradeYear").GetInt32());
    }

    [Fact]
    public async Task Art23_Register_FindsAlliancesByTheirLatestGrade()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        await platform.PublishAsync(
            new AllianceGradePublished(filed.Alliance.Id, Guid.NewGuid(), 2027, "C", 66m, new DateOnly(2027, 12, 1), DateTimeOffset.UtcNow));
        var name = Uri.EscapeDataString(filed.Alliance.Name);

        await Eventually.ReturnsAsync(
            async () => Items(await new FilingClient(platform.Gateway).GetAsync($"/api/public/register?name={name}&grade=c&probe={Guid.NewGuid():N}")).ToList(),
            found => found.Count == 1,
            TimeSpan.FromSeconds(30), "the alliance found by its grade");
        var otherGrade = Items(await new FilingClient(platform.Gateway).GetAsync($"/api/public/register?name={name}&grade=A&probe={Guid.NewGuid():N}"));

        Assert.Empty(otherGrade);
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();
}
