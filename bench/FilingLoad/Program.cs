// Public register search and application submit under load (quality.md, performance targets 2 and 3).
//   dotnet run -c Release --project bench/FilingLoad -- [searchRate=200] [submitRate=50] [seconds=60] [--no-dashboard]
// Starts the whole platform itself (local mode, fresh data root), seeds Filing's database with 10,000 filed alliances,
// 100,000 member units and enough Draft applications, then through the gateway: submits alone, searches alone at a
// tenth of the rate and at the rate, both together, each for the given seconds at a fixed rate. Then it catches the
// statements of a few requests in PostgreSQL's log and the register's query plans.
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using AlliancePlatform.Bench.FilingLoad;
using AlliancePlatform.Testing;
using Npgsql;

const int Alliances = 10_000;
const int MembersEach = 10;
var searchRate = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var submitRate = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[2], CultureInfo.InvariantCulture) : 60;
var withDashboard = !args.Contains("--no-dashboard");
var phase = TimeSpan.FromSeconds(seconds);
var warmUp = TimeSpan.FromSeconds(30);
var pause = TimeSpan.FromSeconds(15);
var loadBefore = LoadAverage();

var password = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 16) + "-Aa9";
Console.WriteLine("Starting the platform (local mode)…");
await using var platform = await PlatformUnderTest.StartAsync(
[
    // One client sends everything: the per-client limit would measure the limiter, not the service.
    "Gateway:PermitsPerSecond=100000",
    "Gateway:Burst=100000",
    "Filing:ClockInterval=00:00:05",
    $"Identity:DemoUserPassword={password}",
], TimeSpan.FromMinutes(5), withDashboard);
Console.WriteLine($"All resources healthy {platform.StartupTime.TotalSeconds:F1} s after the AppHost was built.");

await using var postgresLog = new ResourceLog(platform, "postgres");
await using var filingLog = new ResourceLog(platform, "filing");
await using var gatewayLog = new ResourceLog(platform, PlatformUnderTest.GatewayName);
ResourceLog[] logs = [postgresLog, filingLog, gatewayLog];
try
{
    var filingdb = new NpgsqlConnectionStringBuilder(await platform.ConnectionStringAsync("postgres")) { Database = "filingdb" }.ConnectionString;
    var applications = await Seed.RunAsync(filingdb, Alliances, MembersEach, (int)(submitRate * (warmUp.TotalSeconds + 2 * seconds)));

    var gateway = platform.EndpointOf(PlatformUnderTest.GatewayName);
    using var anonymous = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
    using var applicant = await SignIn.ClientForAsync(gateway, "applicant-demo", password);
    var search = new SearchMix(anonymous, Alliances);
    var submissions = new Submissions(applicant, applications);
    var loadStart = logs.Select(l => l.Count).ToArray();

    // At a tenth of the rates: enough for JIT, pools and caches; more overloads the freshly started services and
    // leaves a tail (queued requests, telemetry) into the first phase.
    Console.WriteLine($"Warming up for {warmUp.TotalSeconds:F0} s…");
    var warm = await Task.WhenAll(
        OpenLoop.RunAsync("warm-up search", Math.Max(1, searchRate / 10), warmUp, search.Next),
        OpenLoop.RunAsync("warm-up submit", Math.Max(1, submitRate / 10), warmUp, submissions.Next));
    Array.ForEach(warm, Progress);

    // Submits first: a search phase that overloads the machine leaves a tail (telemetry, GC, pools) for a while.
    var submitAlone = await PhaseAsync("submit alone", submitRate, submissions.Next);
    var searchLight = await PhaseAsync("search at a tenth of the rate", Math.Max(1, searchRate / 10), search.Next);
    var searchAlone = await PhaseAsync("search alone", searchRate, search.Next);
    await Task.Delay(pause);
    var together = await Task.WhenAll(
        OpenLoop.RunAsync("search with submits", searchRate, phase, search.Next),
        OpenLoop.RunAsync("submit with searches", submitRate, phase, submissions.Next));
    Array.ForEach(together, Progress);
    var loadAfter = LoadAverage();
    var phases = new Phases(warm, submitAlone, searchLight, searchAlone, together[0], together[1]);

    var outbox = await CheckOutboxAsync(platform, [.. submissions.Submitted]);
    var submitsOk = new[] { warm[1], submitAlone, together[1] }.Sum(p => p.Samples.Count(s => s.Status == 200));
    Console.WriteLine("Catching the statements of a few searches and submits, and the searches' plans…");
    var (plans, submitProfiles) = await QueryPlans.CaptureAsync(postgresLog, anonymous, submissions, filingdb);

    var report = new Report(seconds, platform.StartupTime, loadBefore, loadAfter, phases, new Evidence(submitsOk, outbox,
        [.. logs.Select((l, i) => (l.Resource, l.Problems(loadStart[i])))], plans, submitProfiles,
        new[] { "filing", PlatformUnderTest.GatewayName }.ToDictionary(s => s, platform.WorkingSetOf)));
    var samplesFile = Path.Combine(Path.GetTempPath(), "filingload-samples.csv");
    await File.WriteAllLinesAsync(samplesFile, new[] { "phase,kind,sent_ms,latency_ms,status" }.Concat(
        phases.All.SelectMany(p => p.Samples.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{p.Name},{s.Kind},{Stopwatch.GetElapsedTime(p.Samples[0].SentAt, s.SentAt).TotalMilliseconds:F1},{s.Milliseconds:F1},{s.Status}")))));
    Console.WriteLine($"Every request of the run: {samplesFile}");
    Console.WriteLine();
    Console.WriteLine(report.ToMarkdown());
    foreach (var plan in plans)
    {
        Console.WriteLine($"---- {plan.Kind} {plan.Query}");
        plan.Plans.ToList().ForEach(Console.WriteLine);
    }
    return report.Failures > 0 ? 1 : 0;
}
finally
{
    foreach (var log in logs)
    {
        var file = Path.Combine(Path.GetTempPath(), $"filingload-{log.Resource}.log");
        await log.SaveAsync(file);
        Console.WriteLine($"The {log.Resource} log of the run: {file}");
    }
}

async Task<Phase> PhaseAsync(string name, int rate, Func<int, Task<Sample>> next)
{
    await Task.Delay(pause);
    var result = await OpenLoop.RunAsync(name, rate, phase, next);
    Progress(result);
    return result;
}

static void Progress(Phase phase)
{
    var ok = phase.Samples.Where(s => s.Status == 200).Select(s => s.Milliseconds).ToList();
    Console.WriteLine($"{phase.Name}: {phase.Samples.Count} requests at {phase.AchievedRate:F1}/s, p50 {Stats.Percentile(ok, 50):F1} ms, "
        + $"p99 {Stats.Percentile(ok, 99):F1} ms, {phase.Samples.Count - ok.Count} failed.");
    Console.Write(Report.Describe(phase));
}

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

// Every submit answered 200 must have moved its application and left exactly one event; the relay must empty the outbox.
static async Task<(long, long, long)> CheckOutboxAsync(PlatformUnderTest platform, Guid[] attempted)
{
    var submitted = await platform.ScalarAsync<long>("filingdb",
        "SELECT count(*) FROM filing_applications WHERE id = ANY(@ids) AND status = 'Submitted'", ("ids", attempted));
    var events = await platform.ScalarAsync<long>("filingdb",
        "SELECT count(*) FROM outbox_messages o JOIN filing_applications a ON o.aggregate_id = a.alliance_id::text WHERE a.id = ANY(@ids) AND o.event_name = @name",
        ("ids", attempted), ("name", Report.EventName));
    long unsent = 0;
    for (var wait = 0; wait < 60; wait++)
    {
        unsent = await platform.ScalarAsync<long>("filingdb", "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL");
        if (unsent == 0)
        {
            break;
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
    }
    return (submitted, events, unsent);
}
