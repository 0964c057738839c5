using AlliancePlatform.Portal.Features.Dashboard;
using AlliancePlatform.Portal.Features.Grades;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Tests.Dashboard;

public class AggregationTests
{
    private static PublicGrade Grade(string field, string region, string grade) => new(Guid.NewGuid(), "联盟", field, region, grade, null);

    [Fact]
    public void FilingCounts_ListEveryStatusInProcedureOrder_WithZerosAndTotals()
    {
        var counts = FilingCounts.Of([new("filed", 5, 0), new("submitted", 3, 1), new("recommended", 2, 2)]);

        Assert.Equal(FilingCounts.Statuses, counts.Rows.Select(r => r.Status));
        Assert.Equal(3, counts.Rows.Single(r => r.Status == "submitted").Count);
        Assert.Equal(0, counts.Rows.Single(r => r.Status == "draft").Count);
        Assert.Equal(10, counts.Total);
        Assert.Equal(3, counts.Overdue);
    }

    [Fact]
    public void FilingCounts_KeepAStatusTheyDoNotKnow_Last()
    {
        var counts = FilingCounts.Of([new("on_hold", 1, 0)]);

        Assert.Equal("on_hold", counts.Rows[^1].Status);
        Assert.Equal(1, counts.Total);
    }

    [Fact]
    public async Task FilingCounts_AreAskedPerStatus_AndOverdueOnlyWhereThereAreOpenApplications()
    {
        var gateway = new FakeGateway(DashboardAnswers.Answer);
        var client = new GatewayClient(new HttpClient(gateway) { BaseAddress = new Uri("http://gateway") }, Microsoft.Extensions.Logging.Abstractions.NullLogger<GatewayClient>.Instance);

        var counts = (await FilingCounts.LoadAsync(client)).Value!;

        Assert.Equal(11, counts.Total);
        Assert.Equal(1, counts.Overdue);
        var asked = gateway.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.Contains("/api/filing/applications?status=submitted&pageSize=1", asked);
        Assert.Contains("/api/filing/applications?status=submitted&overdue=true&pageSize=1", asked);
        Assert.DoesNotContain("/api/filing/applications?status=filed&overdue=true&pageSize=1", asked);
        Assert.DoesNotContain("/api/filing/applications?status=draft&overdue=true&pageSize=1", asked);
        Assert.Equal(14 + 3, asked.Count); // overdue asked of submitted, recommended and public_notice
    }

    [Fact]
    public void GradeDistribution_CountsEachGradeByFieldInFieldOrder_AndByPrefecture()
    {
        var distribution = GradeDistribution.Of(
        [
            Grade("new_materials", "230100", "A"), Grade("new_materials", "230183", "B"), Grade("bio_economy", "230600", "C"),
            Grade("bio_economy", "230600", "C"), Grade("new_materials", "230100", "A"),
        ]);

        Assert.Equal(new GradeRow("all", 2, 1, 2, 0), distribution.Overall);
        Assert.Equal(["bio_economy", "new_materials"], distribution.ByField.Select(r => r.Key));
        Assert.Equal(new GradeRow("new_materials", 2, 1, 0, 0), distribution.ByField[1]);
        Assert.Equal([new GradeRow("230100", 2, 1, 0, 0), new GradeRow("230600", 0, 0, 2, 0)], distribution.ByRegion);
        Assert.Equal(3, distribution.ByRegion[0].Total);
    }

    [Fact]
    public void GradeDistribution_OfNoGrades_IsEmpty()
    {
        var distribution = GradeDistribution.Of([]);

        Assert.Equal(0, distribution.Overall.Total);
        Assert.Empty(distribution.ByField);
        Assert.Empty(distribution.ByRegion);
    }

    [Fact]
    public async Task CampaignGrades_AreReadPageByPage()
    {
        var gateway = new FakeGateway(DashboardAnswers.Answer);
        var client = new GatewayClient(new HttpClient(gateway) { BaseAddress = new Uri("http://gateway") }, Microsoft.Extensions.Logging.Abstractions.NullLogger<GatewayClient>.Instance);

        var grades = (await CampaignGrades.AllAsync(client, Guid.Parse(DashboardAnswers.CampaignId))).Value!;

        Assert.Equal(["A", "B", "C", "D"], grades.Select(g => g.Grade));
        Assert.Equal(
            [$"/api/public/grades?campaign={DashboardAnswers.CampaignId}&page=1&pageSize=100", $"/api/public/grades?campaign={DashboardAnswers.CampaignId}&page=2&pageSize=100"],
            gateway.Requests.Select(r => r.PathAndQuery));
    }
}
