using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using AlliancePlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlliancePlatform.Bench.FilingLoad;

/// <summary>
/// The console log of one resource for the whole run: PostgreSQL's says what the server refused or suffered under the
/// load and carries the statements the probes catch; a service's says why a request failed.
/// </summary>
public sealed partial class ResourceLog : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;

    public ResourceLog(PlatformUnderTest platform, string resource)
    {
        Resource = resource;
        _watching = WatchAsync(platform.App);
    }

    public string Resource { get; }
    public IReadOnlyList<string> Lines => [.. _lines];
    public int Count => _lines.Count;

    /// <summary>
    /// From line <paramref name="from"/> on, counted by message (numbers and ids blanked): PostgreSQL's ERROR, FATAL and
    /// PANIC entries, crashes and shutdown requests; a .NET service's warnings and errors, "warn: Category[id]" and the
    /// message line under it.
    /// </summary>
    public IReadOnlyList<(string Message, int Count)> Problems(int from)
    {
        var lines = Lines;
        var problems = new List<string>();
        for (var i = from; i < lines.Count; i++)
        {
            if (PostgresProblem().Match(lines[i]) is { Success: true } postgres)
            {
                problems.Add(postgres.Groups[1].Value);
            }
            else if (DotnetProblem().Match(lines[i]) is { Success: true } dotnet)
            {
                problems.Add($"{dotnet.Groups[1].Value}: {dotnet.Groups[2].Value} {(i + 1 < lines.Count ? lines[i + 1].Trim() : "")}");
            }
        }
        return [.. problems.GroupBy(p => Variable().Replace(p, "…")).Select(g => (g.Key, g.Count())).OrderByDescending(p => p.Item2)];
    }

    public Task SaveAsync(string path) => File.WriteAllLinesAsync(path, _lines);

    private async Task WatchAsync(DistributedApplication app)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        // The resource, not its name: the logs of a process are kept under its instance's name.
        var resource = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == Resource);
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(_stop.Token))
            {
                foreach (var line in batch)
                {
                    _lines.Enqueue(Colour().Replace(Timestamp().Replace(line.Content, "", 1), ""));
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

    /// <summary>The console logger's colours (ANSI escapes).</summary>
    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Colour();

    [GeneratedRegex(@"((?:ERROR|FATAL|PANIC):\s+.*|LOG:\s+(?:server process .*|terminating any other .*|received \w+ shutdown request.*|database system was (?:interrupted|not properly).*))$")]
    private static partial Regex PostgresProblem();

    [GeneratedRegex(@"^\s*(warn|fail|crit): ([\w.]+)\[\d+\]")]
    private static partial Regex DotnetProblem();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}|\d+")]
    private static partial Regex Variable();
}
