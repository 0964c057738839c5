using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace AlliancePlatform.Bench.EventLatency;

public sealed record PhaseResult(string Name, TimeSpan Duration, IReadOnlyList<double> WriteMilliseconds, IReadOnlyList<Guid> Ids, int Failures);

/// <summary>
/// Sends writes at a fixed rate whatever the answers' pace (open loop), so slow answers cannot hide as a
/// lower rate. Targets take turns write by write (A/B in one run), so both see the same machine.
/// </summary>
public static class OpenLoop
{
    private sealed record Created(Guid Id);

    public static async Task<IReadOnlyList<PhaseResult>> RunAsync(IReadOnlyList<(string Name, HttpClient Client)> targets, int writesEach, int perSecondEach)
    {
        Console.WriteLine($"{writesEach} registrations at {perSecondEach}/s to each of {string.Join(", ", targets.Select(t => t.Name))}, taking turns…");
        var interval = TimeSpan.FromSeconds(1.0 / (perSecondEach * targets.Count));
        var clock = Stopwatch.StartNew();
        var pending = targets.Select(_ => new List<Task<(double Ms, Guid? Id)>>(writesEach)).ToList();
        for (var i = 0; i < writesEach * targets.Count; i++)
        {
            var wait = interval * i - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            var target = i % targets.Count;
            pending[target].Add(WriteAsync(targets[target].Client, targets[target].Name));
        }

        var phases = new List<PhaseResult>();
        for (var t = 0; t < targets.Count; t++)
        {
            var results = await Task.WhenAll(pending[t]);
            var ok = results.Where(r => r.Id is not null).ToList();
            phases.Add(new PhaseResult(targets[t].Name, clock.Elapsed, [.. ok.Select(r => r.Ms)], [.. ok.Select(r => r.Id!.Value)], results.Length - ok.Count));
        }
        return phases;
    }

    private static async Task<(double, Guid?)> WriteAsync(HttpClient client, string phase)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.PostAsJsonAsync("/api/membership/alliances",
                new { name = $"黑龙江省{phase}{Guid.NewGuid():N}产业技术创新联盟", industryField = "new_materials" });
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return (elapsed, null);
            }
            var created = await response.Content.ReadFromJsonAsync<Created>();
            return (elapsed, created!.Id);
        }
        catch (HttpRequestException)
        {
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
    }
}
