using AlliancePlatform.ServiceDefaults.Http;

namespace AlliancePlatform.Portal.Features.Dashboard;

/// <summary>The dashboard's tables as .xlsx workbooks, with Chinese sheet names, headers and names of codes.</summary>
public static class DashboardWorkbooks
{
    public const string FilingsSheet = "备案申请";
    public const string ReportStatusSheet = "报送状态";
    public const string ByFieldSheet = "按领域";
    public const string ByRegionSheet = "按地区";
    public const string TotalRow = "合计";

    public static string FilingsFileName => "备案申请统计.xlsx";

    public static string ReportsFileName(int year) => $"{year}年度报告统计.xlsx";

    public static string GradesFileName(int year) => $"{year}年度评价等级分布.xlsx";

    public static Task<byte[]> FilingsAsync(FilingCounts counts, CancellationToken cancellationToken = default)
    {
        var sheet = new XlsxSheet(FilingsSheet, [XlsxColumn.Text("状态"), XlsxColumn.Integer("申请数"), XlsxColumn.Integer("其中逾期")]);
        foreach (var row in counts.Rows)
        {
            sheet.Add(ChineseTexts.Named("DashboardFilingStatus", row.Status), row.Count, row.Overdue);
        }
        sheet.Add(TotalRow, counts.Total, counts.Overdue);
        return XlsxWorkbook.SaveAsync([sheet], cancellationToken);
    }

    public static Task<byte[]> ReportsAsync(ReportStatistics statistics, CancellationToken cancellationToken = default)
    {
        var status = new XlsxSheet(ReportStatusSheet, [XlsxColumn.Text("报送状态"), XlsxColumn.Integer("联盟数")]);
        foreach (var row in statistics.ByStatus)
        {
            status.Add(ChineseTexts.Named("DashboardReportStatus", row.Status), row.Count);
        }
        status.Add("应报联盟合计", statistics.Owed);
        return XlsxWorkbook.SaveAsync(
        [
            status,
            Totals(ByFieldSheet, "产业领域", statistics.ByIndustryField, key => ChineseTexts.Named("Field", key), statistics.Total),
            Totals(ByRegionSheet, "地区", statistics.ByRegion, key => Regions.Name(key, english: false), statistics.Total),
        ], cancellationToken);
    }

    public static Task<byte[]> GradesAsync(GradeDistribution distribution, CancellationToken cancellationToken = default) =>
        XlsxWorkbook.SaveAsync(
        [
            Grades(ByFieldSheet, "产业领域", distribution.ByField, key => ChineseTexts.Named("Field", key), distribution.Overall),
            Grades(ByRegionSheet, "地区", distribution.ByRegion, key => Regions.Name(key, english: false), distribution.Overall),
        ], cancellationToken);

    private static XlsxSheet Totals(string name, string keyHeader, IEnumerable<ReportTotals> rows, Func<string, string> nameOf, ReportTotals total)
    {
        var sheet = new XlsxSheet(name,
        [
            XlsxColumn.Text(keyHeader), XlsxColumn.Integer("已受理报告数"), XlsxColumn.Integer("联合研发项目数"), XlsxColumn.Decimal("联合研发项目经费（元）"),
            XlsxColumn.Integer("成果转化数"), XlsxColumn.Decimal("成果转化合同金额（元）"),
        ]);
        foreach (var row in rows)
        {
            sheet.Add(nameOf(row.Key), row.AcceptedReports, row.JointProjects, row.JointProjectFunding, row.AchievementTransfers, row.TransferContractValue);
        }
        return sheet.Add(TotalRow, total.AcceptedReports, total.JointProjects, total.JointProjectFunding, total.AchievementTransfers, total.TransferContractValue);
    }

    private static XlsxSheet Grades(string name, string keyHeader, IEnumerable<GradeRow> rows, Func<string, string> nameOf, GradeRow overall)
    {
        var sheet = new XlsxSheet(name,
        [
            XlsxColumn.Text(keyHeader), XlsxColumn.Integer("A级"), XlsxColumn.Integer("B级"), XlsxColumn.Integer("C级"), XlsxColumn.Integer("D级"),
            XlsxColumn.Integer("合计"),
        ]);
        foreach (var row in rows)
        {
            sheet.Add(nameOf(row.Key), row.A, row.B, row.C, row.D, row.Total);
        }
        return sheet.Add(TotalRow, overall.A, overall.B, overall.C, overall.D, overall.Total);
    }
}
