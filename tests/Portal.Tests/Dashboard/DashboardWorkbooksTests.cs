using System.Globalization;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Dashboard;
using AlliancePlatform.Portal.Features.Grades;
using MiniExcelLibs;

namespace AlliancePlatform.Portal.Tests.Dashboard;

/// <summary>The exports, read back: Chinese sheet names and headers, one row per table row and a total, codes by their Chinese names.</summary>
public class DashboardWorkbooksTests
{
    internal static List<IDictionary<string, object?>> Rows(byte[] workbook, string sheet)
    {
        using var stream = new MemoryStream(workbook);
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }

    internal static List<string> Sheets(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return stream.GetSheetNames();
    }

    internal static decimal Number(object? cell) => Convert.ToDecimal(cell, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Filings_OneRowPerStatusAndATotal_InChinese()
    {
        var workbook = await DashboardWorkbooks.FilingsAsync(FilingCounts.Of([new("submitted", 3, 1), new("filed", 5, 0)]));

        Assert.Equal(["备案申请"], Sheets(workbook));
        var rows = Rows(workbook, "备案申请");
        Assert.Equal(["状态", "申请数", "其中逾期"], rows[0].Keys);
        Assert.Equal(FilingCounts.Statuses.Count + 1, rows.Count);
        var submitted = rows.Single(r => (string?)r["状态"] == "已提交待推荐");
        Assert.Equal(3m, Number(submitted["申请数"]));
        Assert.Equal(1m, Number(submitted["其中逾期"]));
        Assert.Equal("合计", rows[^1]["状态"]);
        Assert.Equal(8m, Number(rows[^1]["申请数"]));
    }

    [Fact]
    public async Task Reports_StatusesAndTheAcceptedFiguresByFieldAndRegion()
    {
        var statistics = JsonSerializer.Deserialize<ReportStatistics>(DashboardAnswers.Statistics, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var workbook = await DashboardWorkbooks.ReportsAsync(statistics);

        Assert.Equal(["报送状态", "按领域", "按地区"], Sheets(workbook));
        var status = Rows(workbook, "报送状态");
        Assert.Equal(["报送状态", "联盟数"], status[0].Keys);
        Assert.Equal(["未到报告期", "待提交", "按时提交", "逾期提交", "逾期未提交", "应报联盟合计"], status.Select(r => r["报送状态"]));
        Assert.Equal(10m, Number(status[^1]["联盟数"]));
        var byField = Rows(workbook, "按领域");
        Assert.Equal(["产业领域", "已受理报告数", "联合研发项目数", "联合研发项目经费（元）", "成果转化数", "成果转化合同金额（元）"], byField[0].Keys);
        Assert.Equal(["新材料", "生物经济", "合计"], byField.Select(r => r["产业领域"]));
        Assert.Equal(1000000.50m, Number(byField[0]["联合研发项目经费（元）"]));
        var byRegion = Rows(workbook, "按地区");
        Assert.Equal(["哈尔滨市", "unknown", "合计"], byRegion.Select(r => r["地区"]));
        Assert.Equal(6m, Number(byRegion[^1]["已受理报告数"]));
    }

    [Fact]
    public async Task Grades_FieldAndRegionByGrade()
    {
        var distribution = GradeDistribution.Of(
        [
            new PublicGrade(Guid.NewGuid(), "联盟甲", "new_materials", "230100", "A", 92m),
            new PublicGrade(Guid.NewGuid(), "联盟乙", "new_materials", "230183", "B", 81m),
            new PublicGrade(Guid.NewGuid(), "联盟丙", "bio_economy", "230600", "C", 70m),
        ]);

        var workbook = await DashboardWorkbooks.GradesAsync(distribution);

        Assert.Equal(["按领域", "按地区"], Sheets(workbook));
        var byField = Rows(workbook, "按领域");
        Assert.Equal(["产业领域", "A级", "B级", "C级", "D级", "合计"], byField[0].Keys);
        Assert.Equal(["生物经济", "新材料", "合计"], byField.Select(r => r["产业领域"]));
        Assert.Equal(1m, Number(byField[1]["A级"]));
        Assert.Equal(2m, Number(byField[1]["合计"]));
        var byRegion = Rows(workbook, "按地区");
        Assert.Equal(["地区", "A级", "B级", "C级", "D级", "合计"], byRegion[0].Keys);
        Assert.Equal(["哈尔滨市", "大庆市", "合计"], byRegion.Select(r => r["地区"]));
        Assert.Equal(2m, Number(byRegion[0]["合计"]));
        Assert.Equal(3m, Number(byRegion[^1]["合计"]));
    }

    [Fact]
    public void FileNames_SayWhatAndWhichYear()
    {
        Assert.Equal("备案申请统计.xlsx", DashboardWorkbooks.FilingsFileName);
        Assert.Equal("2025年度报告统计.xlsx", DashboardWorkbooks.ReportsFileName(2025));
        Assert.Equal("2025年度评价等级分布.xlsx", DashboardWorkbooks.GradesFileName(2025));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ServiceDefaults.Http.XlsxWorkbook.ContentType);
    }
}
