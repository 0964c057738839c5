using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using AlliancePlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlliancePlatform.Bench.FilingLoad;

/// <summary>
/// PostgreSQL's own log for the whole run: the register's statements are caught in it, and it says what the server
/// refused or suffered under the load (errors, fatal connection failures, a crash).
/// </summary>
public sealed partial class PostgresLog : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;

    public PostgresLog(PlatformUnderTest platform) => _watching = WatchAsync(platform.App);

    public IReadOnlyList<string> Lines => [.. _lines];

    public int Count => _lines.Count;

    /// <summary>ERROR, FATAL and PANIC entries, crashes and shutdown requests from line <paramref name="from"/> on, counted by message.</summary>
    public IReadOnlyList<(string Message, int Count)> Problems(int from) =>
        [.. _lines.Skip(from).Select(line => Problem().Match(line)).Where(m => m.Success)
            .GroupBy(m => Digits().Replace(m.Groups[1].Value, "N"))
            .Select(g => (g.Key, g.Count())).OrderByDescending(p => p.Item2)];

    public Task SaveAsync(string path) => File.WriteAllLinesAsync(path, _lines);

    private async Task WatchAsync(DistributedApplication app)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        // The resource, not its name: the logs of a process are kept under its instance's name.
        var postgres = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == "postgres");
        try
        {
            await foreach (var batch in logs.WatchAsync(postgres).WithCancellation(_stop.Token))
            {
                foreach (var line in batch)
                {
                    _lines.Enqueue(Timestamp().Replace(line.Content, "", 1));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }

    /// <summary>The time the orchestrator may put before each line it relays.</summary>
    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d) ")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"((?:ERROR|FATAL|PANIC):\s+.*|LOG:\s+(?:server process .*|terminating any other .*|received \w+ shutdown request.*|database system was (?:interrupted|not properly).*))$")]
    private static partial Regex Problem();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
