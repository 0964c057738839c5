using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace AlliancePlatform.Bench.FilingLoad;

/// <param name="ServerMilliseconds">What PostgreSQL logged for each of the request's statements, in order.</param>
public sealed record PlannedQuery(string Kind, string Query, double ClientMilliseconds, IReadOnlyList<double> ServerMilliseconds, IReadOnlyList<string> Plans);

/// <param name="Slowest">The request's three slowest statements (ms, first line of the SQL).</param>
public sealed record SubmitProfile(double ClientMilliseconds, int Statements, double ServerMilliseconds, IReadOnlyList<(double Ms, string Sql)> Slowest);

/// <summary>
/// What the register search and a submit really run, caught in PostgreSQL's own log (every statement logged for a
/// moment, with its parameters); the register's statements are then run again under EXPLAIN ANALYZE. What Filing
/// sends, not what we think it sends. Each probe runs alone, after the load, between two marker statements.
/// </summary>
public static partial class QueryPlans
{
    public static readonly (string Kind, string Query)[] Probes =
    [
        ("list", "page=250"),
        ("list", "page=1"),
        ("name", $"name={Uri.EscapeDataString("新材料")}"),
        ("name", "name=123"),
        ("name", $"name={Uri.EscapeDataString("新材料13产业")}"),
        ("field", "field=new_materials"),
        ("region", "region=2301"),
        ("combined", $"name={Uri.EscapeDataString("冰雪")}&field=ice_snow_economy&region=2301"),
    ];

    private const int SubmitProbes = 3;

    public static async Task<(IReadOnlyList<PlannedQuery> Searches, IReadOnlyList<SubmitProfile> Submits)> CaptureAsync(
        ResourceLog log, HttpClient anonymous, Submissions submissions, string superuser)
    {
        var searches = new List<(string Kind, string Query, double Ms, string Marker)>();
        var submits = new List<(double Ms, string Marker)>();
        await SetStatementLoggingAsync(superuser, on: true);
        try
        {
            foreach (var (kind, query) in Probes)
            {
                // Warm once, then the measured one; each with a query of its own, which the gateway has not cached, so that
                // Filing runs the statements.
                await OpenLoop.TimeAsync(kind, anonymous, new HttpRequestMessage(HttpMethod.Get, $"/api/public/register?{query}&probe=warm"), 200);
                var (ms, marker) = await MarkedAsync(superuser, $"search-{searches.Count}",
                    () => OpenLoop.TimeAsync(kind, anonymous, new HttpRequestMessage(HttpMethod.Get, $"/api/public/register?{query}&probe=measured"), 200));
                searches.Add((kind, query, ms, marker));
            }
            for (var i = 0; i < SubmitProbes && submissions.Remaining > 0; i++)
            {
                submits.Add(await MarkedAsync(superuser, $"submit-{i}", () => submissions.Next(i)));
            }
        }
        finally
        {
            await SetStatementLoggingAsync(superuser, on: false);
        }
        // The log arrives through the orchestrator a moment later.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var statements = Statements(log.Lines);

        var plans = new List<PlannedQuery>();
        foreach (var (kind, query, ms, marker) in searches)
        {
            var mine = Between(statements, marker).Where(s => s.Sql.Contains("filed_alliances", StringComparison.Ordinal)).ToList();
            var explained = new List<string>();
            foreach (var statement in mine)
            {
                explained.Add(await ExplainAsync(superuser, statement.Sql, statement.Parameters));
            }
            plans.Add(new PlannedQuery(kind, Uri.UnescapeDataString(query), ms, [.. mine.Select(s => s.Milliseconds)], explained));
        }

        var profiles = new List<SubmitProfile>();
        foreach (var (ms, marker) in submits)
        {
            // A submit runs in one transaction (idempotency record, lock, change, outbox, audit), so on one connection:
            // the one that locked the application. Other services' and Filing's own background statements are not its.
            var window = Between(statements, marker);
            var mine = window.Find(s => s.Sql.Contains("FROM filing_applications WHERE id", StringComparison.Ordinal) && s.Sql.Contains("FOR UPDATE", StringComparison.Ordinal)) is { } locking
                ? window.Where(s => s.Pid == locking.Pid).ToList()
                : [];
            profiles.Add(new SubmitProfile(ms, mine.Count, mine.Sum(s => s.Milliseconds),
                [.. mine.OrderByDescending(s => s.Milliseconds).Take(3).Select(s => (s.Milliseconds, s.Sql.Split('\n')[0]))]));
        }
        return (plans, profiles);
    }

    private static async Task<(double Ms, string Marker)> MarkedAsync(string superuser, string marker, Func<Task<Sample>> request)
    {
        await MarkAsync(superuser, $"bench-probe-{marker}-start");
        var sample = await request();
        await MarkAsync(superuser, $"bench-probe-{marker}-end");
        return (sample.Milliseconds, marker);
    }

    private static List<Statement> Between(List<Statement> statements, string marker)
    {
        var from = statements.FindIndex(s => s.Sql.Contains($"bench-probe-{marker}-start", StringComparison.Ordinal));
        var to = statements.FindIndex(s => s.Sql.Contains($"bench-probe-{marker}-end", StringComparison.Ordinal));
        return from < 0 || to < 0 ? [] : statements[from..to];
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

    private sealed record Statement(int Pid, double Milliseconds, string Sql, string? Parameters);

    /// <summary>
    /// Log entries "[pid] LOG:  duration: 1.2 ms  execute &lt;unnamed&gt;: SELECT …" (the statement runs on over the next
    /// lines), each followed by "DETAIL:  parameters: $1 = '…', …". Parse and bind are logged too; only executions count.
    /// </summary>
    private static List<Statement> Statements(IReadOnlyList<string> lines)
    {
        var statements = new List<Statement>();
        StringBuilder? sql = null;
        var (pid, ms) = (0, 0.0);
        string? parameters = null;
        void Flush()
        {
            if (sql is not null)
            {
                statements.Add(new Statement(pid, ms, sql.ToString(), parameters));
            }
            (sql, parameters) = (null, null);
        }

        foreach (var line in lines)
        {
            if (Execution().Match(line) is { Success: true } execution)
            {
                Flush();
                pid = int.Parse(execution.Groups[1].Value, CultureInfo.InvariantCulture);
                ms = double.Parse(execution.Groups[2].Value, CultureInfo.InvariantCulture);
                sql = new StringBuilder(execution.Groups[3].Value);
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

    [GeneratedRegex(@"\[(\d+)\] LOG:\s+duration: ([0-9.]+) ms\s+execute [^:]*:\s?(.*)$")]
    private static partial Regex Execution();

    /// <summary>Any new log entry: PostgreSQL's line prefix, a timestamp then the process id in brackets.</summary>
    [GeneratedRegex(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \w+ \[\d+\]")]
    private static partial Regex Entry();

    [GeneratedRegex(@"\$(\d+) = ('(?:[^']|'')*'|NULL)")]
    private static partial Regex Parameter();
}
