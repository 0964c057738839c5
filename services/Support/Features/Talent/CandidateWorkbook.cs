using System.Globalization;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.Support.Domain;

namespace AlliancePlatform.Support.Features.Talent;

/// <summary>The talent list as one sheet, 技术经理人培训候选, headed in Chinese; times in China Standard Time.</summary>
internal static class CandidateWorkbook
{
    public const string SheetName = "技术经理人培训候选";

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string FileName(IReadOnlyList<CandidateResponse> candidates)
    {
        var years = candidates.Select(c => c.CampaignYear).Distinct().ToList();
        return years.Count == 1 ? $"{years[0]}年度技术经理人培训候选单位.xlsx" : "技术经理人培训候选单位.xlsx";
    }

    public static XlsxSheet Sheet(IReadOnlyList<CandidateResponse> candidates)
    {
        var sheet = new XlsxSheet(SheetName,
        [
            XlsxColumn.Integer("评价年度"), XlsxColumn.Text("评价批次"), XlsxColumn.Text("联盟名称"), XlsxColumn.Text("单位名称"),
            XlsxColumn.Text("统一社会信用代码"), XlsxColumn.Text("单位身份"), XlsxColumn.Text("评价等级"), XlsxColumn.Text("授予时间"),
            XlsxColumn.Text("状态"), XlsxColumn.Text("终止原因"), XlsxColumn.Integer("规则版本"),
        ]);
        foreach (var c in candidates)
        {
            sheet.Add(c.CampaignYear, c.CampaignId.ToString(), c.AllianceName, c.UnitName, c.UnitCreditCode, c.Holder.NameZh(), c.Grade,
                Time(c.GrantedAt), c.StatusNameZh, c.EndReasonZh, c.RuleSetVersion);
        }
        return sheet;
    }

    private static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
}
