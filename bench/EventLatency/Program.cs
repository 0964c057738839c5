// Event latency and gateway overhead, side by side in one run (issue "Platform foundation", quality.md).
//   dotnet run -c Release --project bench/EventLatency -- [writes=2000] [rate=50] [--no-dashboard]
// Starts the whole platform itself (local mode, fresh data root), then sends the same open-loop load
// of registrations through the gateway and straight to Membership, interleaved, and reads
// commit → projection latency from Filing's projection.
using System.Diagnostics;
using System.Globalization;
using AlliancePlatform.Bench.EventLatency;
using AlliancePlatform.Testing;

var writes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var rate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var withDashboard = !args.Contains("--no-dashboard");

Console.WriteLine($"Starting the platform (local mode)…");
await using var platform = await PlatformUnderTest.StartAsync(["Gateway:PermitsPerSecond=100000", "Gateway:Burst=100000"], TimeSpan.FromMinutes(5), withDashboard);
Console.WriteLine($"All resources healthy {platform.StartupTime.TotalSeconds:F1} s after the AppHost was built.");

using var gateway = platform.Client(PlatformUnderTest.GatewayName);
using var membership = platform.Client("membership");
Console.WriteLine("Warming up (JIT, connection pools)…");
await OpenLoop.RunAsync([("gateway", gateway), ("direct", membership)], 300, rate);

var phases = await OpenLoop.RunAsync([("gateway", gateway), ("direct", membership)], writes, rate);
var (viaGateway, direct) = (phases[0], phases[1]);

var allIds = viaGateway.Ids.Concat(direct.Ids).ToArray();
await WaitForProjections(platform, allIds);
var eventLatencies = await platform.ListAsync("filingdb",
    "SELECT extract(epoch FROM (projected_at - registered_at)) * 1000 FROM alliance_projections WHERE alliance_id = ANY(@ids)",
    row => row.GetDouble(0), ("ids", allIds));

var report = new Report(writes, rate, platform.StartupTime, viaGateway, direct, eventLatencies,
    PlatformUnderTest.Services.Append(PlatformUnderTest.GatewayName).ToDictionary(s => s, platform.WorkingSetOf));
Console.WriteLine();
Console.WriteLine(report.ToMarkdown());
return report.Failures > 0 ? 1 : 0;

static async Task WaitForProjections(PlatformUnderTest platform, Guid[] ids)
{
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < TimeSpan.FromMinutes(2))
    {
        var projected = await platform.ScalarAsync<long>("filingdb", "SELECT count(*) FROM alliance_projections WHERE alliance_id = ANY(@ids)", ("ids", ids));
        if (projected == ids.Length)
        {
            return;
        }
        await Task.Delay(250);
    }
    throw new TimeoutException("Not every registration reached Filing within two minutes.");
}
