using System.Text;

namespace AlliancePlatform.Reporting.Features.Achievements;

/// <summary>
/// CSV as Excel opens it (RFC 4180, CRLF, UTF-8 with a byte order mark so Chinese shows right), with every cell that a
/// spreadsheet would read as a formula neutralised (OWASP CSV injection): a leading = + - @, tab or carriage return is
/// preceded by an apostrophe.
/// </summary>
public static class CsvText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedQuotes = [',', '"', '\r', '\n'];

    public static byte[] Encode(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendLine(text, header);
        foreach (var row in rows)
        {
            AppendLine(text, row);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The cell as written: neutralised when it starts like a formula, quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(string? value)
    {
        var cell = value ?? "";
        if (cell.Length > 0 && FormulaStarts.Contains(cell[0]))
        {
            cell = "'" + cell;
        }
        return cell.IndexOfAny(NeedQuotes) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string?> cells) =>
        text.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
