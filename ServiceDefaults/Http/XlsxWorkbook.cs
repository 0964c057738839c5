using System.Data;
using System.Globalization;
using MiniExcelLibs;

namespace AlliancePlatform.ServiceDefaults.Http;

/// <summary>A column of an exported sheet: its header, and the type its cells are written as (decimal and int are numbers in Excel).</summary>
public sealed record XlsxColumn(string Header, Type Type)
{
    public static XlsxColumn Text(string header) => new(header, typeof(string));

    public static XlsxColumn Decimal(string header) => new(header, typeof(decimal));

    public static XlsxColumn Integer(string header) => new(header, typeof(int));
}

/// <summary>One sheet of an exported workbook: a header row, then the rows in the order added (a null cell stays empty).</summary>
public sealed class XlsxSheet(string name, IReadOnlyList<XlsxColumn> columns)
{
    private readonly List<object?[]> _rows = [];

    public string Name { get; } = name;
    public IReadOnlyList<XlsxColumn> Columns { get; } = columns;

    public XlsxSheet Add(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Sheet {Name} has {Columns.Count} columns; a row of {cells.Length} cells was added.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>A typed table: the header is written even when there are no rows, and numbers are numbers in Excel.</summary>
    internal DataTable ToTable()
    {
        var table = new DataTable(Name) { Locale = CultureInfo.InvariantCulture };
        foreach (var column in Columns)
        {
            table.Columns.Add(column.Header, column.Type);
        }

        foreach (var row in _rows)
        {
            table.Rows.Add([.. row.Select(cell => cell ?? DBNull.Value)]);
        }

        return table;
    }
}

/// <summary>Excel workbooks (.xlsx) for the services' exports, written with MiniExcel: one sheet per <see cref="XlsxSheet"/>, headers as given (in Chinese).</summary>
public static class XlsxWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> SaveAsync(IReadOnlyList<XlsxSheet> sheets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var tables = sheets.Select(s => s.ToTable()).ToList();
        try
        {
            var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                workbook.Add(table.TableName, table);
            }

            using var stream = new MemoryStream();
            await stream.SaveAsAsync(workbook, printHeader: true, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
            return stream.ToArray();
        }
        finally
        {
            tables.ForEach(t => t.Dispose());
        }
    }
}
