using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Reports;
using MiniExcelLibs;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>The campaign report (Art 23 评价结果): refused before grades exist; as a workbook, four sheets headed in Chinese.</summary>
public class ReportWorkbookTests
{
    private static readonly AllianceResult[] Results =
    [
        new(Alliance(1).AllianceId, "联盟甲", "新材料", "230100", 90.50m, Grade.A, 27.50m, 36.00m, 27.00m),
        new(Alliance(2).AllianceId, "联盟乙", "新材料", "230200", 80.00m, Grade.B, 24.00m, 32.00m, 24.00m),
        new(Alliance(3).AllianceId, "联盟丙", "生物医药", "230100", 70.25m, Grade.C, 21.25m, 28.00m, 21.00m),
        new(Alliance(4).AllianceId, "联盟丁", "生物医药", "230100", 60.00m, Grade.D, 18.00m, 24.00m, 18.00m),
    ];

    private static CampaignReport Report() => new(
        Guid.CreateVersion7(), 2026, "2026年度产业技术创新联盟活跃度评价", CampaignStatus.Grading,
        EvaluationReports.Ranking(Results), EvaluationReports.Distribution(Results),
        EvaluationReports.ByIndustryField(Results), EvaluationReports.ByRegion(Results));

    private static List<IDictionary<string, object?>> Rows(byte[] workbook, string sheet)
    {
        using var stream = new MemoryStream(workbook);
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }

    private static decimal Number(object? cell) => Convert.ToDecimal(cell, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Art23_Report_BeforeTheReviewCloses_IsRefusedAsNoGradesYet()
    {
        var violation = Violation(() => EvaluationReports.For(InExpertReview()));

        Assert.Equal("evaluation.no_grades_yet", violation.Code);
        Assert.Equal(ServiceDefaults.Domain.RuleKind.Conflict, violation.Kind);
    }

    [Fact]
    public void Art23_Report_OnceGradesAreProposed_RanksAndCountsTheCampaign()
    {
        var campaign = InExpertReview(alliances: 2);
        campaign.CloseExpertReview(Admin, [ReviewWithTotals(campaign, 1, 70m), ReviewWithTotals(campaign, 2, 90m)], EvaluationSettings.Default, AfterReview);

        var report = EvaluationReports.For(campaign);

        Assert.Equal(2026, report.Year);
        Assert.Equal([Alliance(2).AllianceId, Alliance(1).AllianceId], report.Ranking.Select(r => r.Result.AllianceId));
        Assert.Equal(new GradeDistribution(1, 0, 1, 0), report.Distribution);
    }

    [Fact]
    public async Task Art23_Workbook_HasTheFourSheetsWithChineseHeaders()
    {
        var workbook = await ReportWorkbook.SaveAsync(Report(), CancellationToken.None);

        using var stream = new MemoryStream(workbook);
        Assert.Equal(["排名", "等级分布", "按领域", "按地区"], stream.GetSheetNames());
        Assert.Equal(
            ["排名", "联盟名称", "产业领域", "行政区划代码", "综合得分", "等级", "组织建设", "活动开展", "带动产业创新发展成效"],
            Rows(workbook, ReportWorkbook.RankingSheet)[0].Keys);
        Assert.Equal("2026年度联盟活跃度评价结果.xlsx", ReportWorkbook.FileName(Report()));
    }

    [Fact]
    public async Task Art23_Workbook_RankingSheet_ListsAlliancesHighestFirstWithTheirScores()
    {
        var ranking = Rows(await ReportWorkbook.SaveAsync(Report(), CancellationToken.None), ReportWorkbook.RankingSheet);

        Assert.Equal(["联盟甲", "联盟乙", "联盟丙", "联盟丁"], ranking.Select(r => r["联盟名称"]));
        Assert.Equal([1m, 2m, 3m, 4m], ranking.Select(r => Number(r["排名"])));
        Assert.Equal([90.50m, 80.00m, 70.25m, 60.00m], ranking.Select(r => Number(r["综合得分"])));
        Assert.Equal(["A", "B", "C", "D"], ranking.Select(r => r["等级"]));
        Assert.Equal(21.25m, Number(ranking[2]["组织建设"]));
        Assert.Equal("230200", ranking[1]["行政区划代码"]);
    }

    [Fact]
    public async Task Art23_Workbook_DistributionSheet_CountsEachGradeWithItsShare()
    {
        var distribution = Rows(await ReportWorkbook.SaveAsync(Report(), CancellationToken.None), ReportWorkbook.DistributionSheet);

        Assert.Equal(["A", "B", "C", "D", "合计"], distribution.Select(r => r["等级"]));
        Assert.Equal([1m, 1m, 1m, 1m, 4m], distribution.Select(r => Number(r["联盟数"])));
        Assert.Equal([25m, 25m, 25m, 25m, 100m], distribution.Select(r => Number(r["占比（%）"])));
        Assert.Equal("活跃度高", distribution[0]["含义"]);
    }

    [Fact]
    public async Task Art23_Workbook_AveragesByFieldAndByRegion()
    {
        var workbook = await ReportWorkbook.SaveAsync(Report(), CancellationToken.None);
        var byField = Rows(workbook, ReportWorkbook.ByFieldSheet);
        var byRegion = Rows(workbook, ReportWorkbook.ByRegionSheet);

        Assert.Equal(["新材料", "生物医药"], byField.Select(r => r["产业领域"]));
        Assert.Equal([2m, 2m], byField.Select(r => Number(r["联盟数"])));
        Assert.Equal([85.25m, 65.13m], byField.Select(r => Number(r["平均综合得分"])));
        Assert.Equal(34.00m, Number(byField[0]["活动开展平均得分"]));
        Assert.Equal(["230100", "230200"], byRegion.Select(r => r["行政区划代码"]));
        Assert.Equal([3m, 1m], byRegion.Select(r => Number(r["联盟数"])));
        Assert.Equal(73.58m, Number(byRegion[0]["平均综合得分"]));
        Assert.Equal(22.25m, Number(byRegion[0]["组织建设平均得分"]));
    }
}
