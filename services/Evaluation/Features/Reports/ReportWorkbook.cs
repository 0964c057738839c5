using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.ServiceDefaults.Http;

namespace AlliancePlatform.Evaluation.Features.Reports;

/// <summary>
/// A campaign's report as one Excel workbook, headed in Chinese: 排名 (the ranking), 等级分布 (the grade distribution),
/// 按领域 and 按地区 (the averages by industry field and by region).
/// </summary>
public static class ReportWorkbook
{
    public const string RankingSheet = "排名";
    public const string DistributionSheet = "等级分布";
    public const string ByFieldSheet = "按领域";
    public const string ByRegionSheet = "按地区";
    public const string TotalRow = "合计";

    private static readonly Dimension[] Dimensions = Enum.GetValues<Dimension>();

    /// <summary>The file name the workbook is offered under, with the campaign's year.</summary>
    public static string FileName(CampaignReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"{report.Year}年度联盟活跃度评价结果.xlsx";
    }

    public static Task<byte[]> SaveAsync(CampaignReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return XlsxWorkbook.SaveAsync([Ranking(report), Distribution(report), Averages(ByFieldSheet, "产业领域", report.ByIndustryField), Averages(ByRegionSheet, "行政区划代码", report.ByRegion)], cancellationToken);
    }

    private static XlsxSheet Ranking(CampaignReport report)
    {
        var sheet = new XlsxSheet(RankingSheet,
        [
            XlsxColumn.Integer("排名"), XlsxColumn.Text("联盟名称"), XlsxColumn.Text("产业领域"), XlsxColumn.Text("行政区划代码"),
            XlsxColumn.Decimal("综合得分"), XlsxColumn.Text("等级"), .. Dimensions.Select(d => XlsxColumn.Decimal(d.NameZh())),
        ]);
        foreach (var (rank, r) in report.Ranking)
        {
            sheet.Add([rank, r.Name, r.IndustryField, r.Region, r.Composite, r.Grade.ToString(), r.OrganisationBuilding, r.Activities, r.InnovationImpact]);
        }

        return sheet;
    }

    private static XlsxSheet Distribution(CampaignReport report)
    {
        var sheet = new XlsxSheet(DistributionSheet,
            [XlsxColumn.Text("等级"), XlsxColumn.Text("含义"), XlsxColumn.Integer("联盟数"), XlsxColumn.Decimal("占比（%）")]);
        var total = report.Distribution.Total;
        foreach (var grade in Enum.GetValues<Grade>())
        {
            var count = report.Distribution.Of(grade);
            sheet.Add(grade.ToString(), grade.MeaningZh(), count, total == 0 ? 0m : CompositeScore.Round(100m * count / total));
        }

        return sheet.Add(TotalRow, "", total, total == 0 ? 0m : 100m);
    }

    private static XlsxSheet Averages(string name, string keyHeader, IReadOnlyList<GroupAverages> groups)
    {
        var sheet = new XlsxSheet(name,
        [
            XlsxColumn.Text(keyHeader), XlsxColumn.Integer("联盟数"), XlsxColumn.Decimal("平均综合得分"),
            .. Dimensions.Select(d => XlsxColumn.Decimal($"{d.NameZh()}平均得分")),
        ]);
        foreach (var g in groups)
        {
            sheet.Add(g.Key, g.Alliances, g.Composite, g.OrganisationBuilding, g.Activities, g.InnovationImpact);
        }

        return sheet;
    }
}
