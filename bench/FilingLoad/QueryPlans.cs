using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace AlliancePlatform.Bench.FilingLoad;

/// <param name="ServerMilliseconds">What PostgreSQL logged for each of the request's statements, in order.</param>
public sealed record PlannedQuery(string Kind, string Query, double ClientMilliseconds, IReadOnlyList<double> ServerMilliseconds, IReadOnlyList<string> Plans);

/// <summary>
/// The statements the register search really runs, caught in PostgreSQL's own log (every statement logged for a
/// moment, with its parameters), then run again under EXPLAIN ANALYZE. What Filing sends, not what we think it sends.
/// </summary>
public static partial class QueryPlans
{
    public static readonly (string Kind, string Query)[] Probes =
    [
        ("list", "page=250"),
        ("name", $"name={Uri.EscapeDataString("新材料")}"),
        ("name", "name=123"),
        ("name", $"name={Uri.EscapeDataString("新材料13产业")}"),
        ("field", "field=new_materials"),
        ("region", "region=2301"),
        ("combined", $"name={Uri.EscapeDataString("冰雪")}&field=ice_snow_economy&region=2301"),
    ];

    public static async Task<IReadOnlyList<PlannedQuery>> CaptureAsync(PostgresLog log, HttpClient anonymous, string superuser)
    {
        await SetStatementLoggingAsync(superuser, on: true);

        var probes = new List<(string Kind, string Query, double Ms, string Marker)>();
        try
        {
            foreach (var (kind, query) in Probes)
            {
                // Warm once, then the measured one between two marker statements that tell its statements apart.
                await OpenLoop.TimeAsync(kind, anonymous, new HttpRequestMessage(HttpMethod.Get, $"/api/public/register?{query}"), 200);
                var marker = $"bench-probe-{probes.Count}";
                await MarkAsync(superuser, $"{marker}-start");
                var sample = await OpenLoop.TimeAsync(kind, anonymous, new HttpRequestMessage(HttpMethod.Get, $"/api/public/register?{query}"), 200);
                await MarkAsync(superuser, $"{marker}-end");
                probes.Add((kind, query, sample.Milliseconds, marker));
            }
        }
        finally
        {
            await SetStatementLoggingAsync(superuser, on: false);
        }
        // The log arrives through the orchestrator a moment later.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var statements = Statements(log.Lines);
        var results = new List<PlannedQuery>();
        for (var p = 0; p < probes.Count; p++)
        {
            var from = statements.FindIndex(s => s.Sql.Contains($"{probes[p].Marker}-start", StringComparison.Ordinal));
            var to = statements.FindIndex(s => s.Sql.Contains($"{probes[p].Marker}-end", StringComparison.Ordinal));
            var mine = from < 0 || to < 0 ? [] : statements[from..to].Where(s => s.Sql.Contains("filed_alliances", StringComparison.Ordinal)).ToList();
            var plans = new List<string>();
            foreach (var statement in mine)
            {
                plans.Add(await ExplainAsync(superuser, statement.Sql, statement.Parameters));
            }
            results.Add(new PlannedQuery(probes[p].Kind, Uri.UnescapeDataString(probes[p].Query), probes[p].Ms, [.. mine.Select(s => s.Milliseconds)], plans));
        }
        return results;
    }

    private static async Task SetStatementLoggingAsync(string superuser, bool on)
    {
        await using var connection = new NpgsqlConnection(superuser);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            (on ? "ALTER SYSTEM SET log_min_duration_statement = 0" : "ALTER SYSTEM RESET log_min_duration_statement") + "; SELECT pg_reload_conf()",
            connection);
        await command.ExecuteNonQueryAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
    }

    private static async Task MarkAsync(string superuser, string marker)
    {
        await using var connection = new NpgsqlConnection(superuser);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT '{marker}'", connection);
        await command.ExecuteScalarAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(200));
    }

    private sealed record Statement(double Milliseconds, string Sql, string? Parameters);

    /// <summary>
    /// Log entries "duration: 1.2 ms  execute &lt;unnamed&gt;: SELECT …" (the statement runs on over the next lines),
    /// each followed by "DETAIL:  parameters: $1 = '…', …". Parse and bind are logged too; only executions count.
    /// </summary>
    private static List<Statement> Statements(IReadOnlyList<string> lines)
    {
        var statements = new List<Statement>();
        StringBuilder? sql = null;
        double ms = 0;
        string? parameters = null;
        void Flush()
        {
            if (sql is not null)
            {
                statements.Add(new Statement(ms, sql.ToString(), parameters));
            }
            (sql, parameters) = (null, null);
        }

        foreach (var line in lines)
        {
            if (Execution().Match(line) is { Success: true } execution)
            {
                Flush();
                ms = double.Parse(execution.Groups[1].Value, CultureInfo.InvariantCulture);
                sql = new StringBuilder(execution.Groups[2].Value);
            }
            else if (line.Contains("DETAIL:  parameters:", StringComparison.Ordinal) && sql is not null)
            {
                parameters = line[(line.IndexOf("parameters:", StringComparison.Ordinal) + "parameters:".Length)..];
            }
            else if (Entry().IsMatch(line))
            {
                Flush();
            }
            else if (sql is not null && parameters is null)
            {
                sql.Append('\n').Append(line);
            }
        }
        Flush();
        return statements;
    }

    private static async Task<string> ExplainAsync(string superuser, string sql, string? parameters)
    {
        // The logged values are already quoted literals; put them back in place of $n, highest first ($10 before $1).
        var values = parameters is null ? [] : Parameter().Matches(parameters).ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => m.Groups[2].Value);
        foreach (var (index, value) in values.OrderByDescending(v => v.Key))
        {
            sql = sql.Replace($"${index}", value, StringComparison.Ordinal);
        }
        await using var connection = new NpgsqlConnection(superuser);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS) {sql}", connection);
        var plan = new StringBuilder();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Append(reader.GetString(0)).Append('\n');
        }
        return $"{sql}\n{plan}";
    }

    [GeneratedRegex(@"LOG:\s+duration: ([0-9.]+) ms\s+execute [^:]*:\s?(.*)$")]
    private static partial Regex Execution();

    /// <summary>Any new log entry: PostgreSQL's line prefix, a timestamp then the process id in brackets.</summary>
    [GeneratedRegex(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \w+ \[\d+\]")]
    private static partial Regex Entry();

    [GeneratedRegex(@"\$(\d+) = ('(?:[^']|'')*'|NULL)")]
    private static partial Regex Parameter();
}
