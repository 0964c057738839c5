using System.Globalization;
using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Reporting.Features.Achievements;

/// <summary>The secretariat's export of achievements across alliances (成果汇交, Art 4-3), as CSV or .xlsx, headed in Chinese.</summary>
internal static class AchievementExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    private const int ValueColumn = 5;
    private const int EvidenceColumn = 6;

    public static readonly string[] Header = ["联盟名称", "产业领域", "成果类型", "成果名称", "成果日期", "金额（元）", "证明材料（份）", "登记时间"];

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string? format, [AsParameters] AchievementFilter filter, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var kind = (format ?? "csv").Trim().ToLowerInvariant();
        if (kind is not ("csv" or "xlsx"))
        {
            return TypedResults.Problem(
                title: "导出格式有误 / Unknown export format",
                detail: "format 须为 csv 或 xlsx。 / The query parameter 'format' is csv or xlsx.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var rows = await (
                from a in filter.Apply(db.Achievements.AsNoTracking())
                join actors in db.Actors.AsNoTracking() on a.AllianceId equals actors.AllianceId into named
                from actors in named.DefaultIfEmpty()
                orderby actors.Name, a.Date, a.Id
                select new { Alliance = actors == null ? "" : actors.Name, Field = actors == null ? "" : actors.IndustryField, Achievement = a })
            .ToListAsync(cancellationToken);
        var cells = rows.Select(r => Cells(r.Alliance, r.Field, r.Achievement)).ToList();
        var name = $"成果汇交{(filter.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : "")}";
        return kind == "csv"
            ? TypedResults.File(CsvText.Encode(Header, cells), CsvContentType, $"{name}.csv")
            : TypedResults.File(await XlsxAsync(rows.Select(r => r.Achievement), cells, cancellationToken), XlsxWorkbook.ContentType, $"{name}.xlsx");
    }

    private static string?[] Cells(string alliance, string industryField, Achievement a) =>
    [
        alliance,
        industryField,
        a.Type.NameZh(),
        a.Title,
        a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        a.Value?.ToString("0.00", CultureInfo.InvariantCulture),
        a.EvidenceAttachmentIds.Count.ToString(CultureInfo.InvariantCulture),
        ChinaTime.DateOf(a.RegisteredAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ];

    private static Task<byte[]> XlsxAsync(IEnumerable<Achievement> achievements, IReadOnlyList<string?[]> cells, CancellationToken cancellationToken)
    {
        var sheet = new XlsxSheet("成果汇交",
        [
            .. Header.Select((header, i) => i switch { ValueColumn => XlsxColumn.Decimal(header), EvidenceColumn => XlsxColumn.Integer(header), _ => XlsxColumn.Text(header) }),
        ]);
        foreach (var (achievement, row) in achievements.Zip(cells))
        {
            var values = row.Cast<object?>().ToArray();
            values[ValueColumn] = achievement.Value;
            values[EvidenceColumn] = achievement.EvidenceAttachmentIds.Count;
            sheet.Add(values);
        }
        return XlsxWorkbook.SaveAsync([sheet], cancellationToken);
    }
}
