using System.Diagnostics;

namespace AlliancePlatform.Bench.FilingLoad;

/// <param name="Status">The HTTP status; 0 when no answer came (connection error, timeout), <see cref="OpenLoop.NotSent"/> when not sent.</param>
/// <param name="Problem">The request and the start of the body of an unexpected answer, as evidence.</param>
/// <param name="SentAt">When it was sent (<see cref="Stopwatch.GetTimestamp"/>).</param>
public sealed record Sample(string Kind, double Milliseconds, int Status, string? Problem = null, long SentAt = 0);

/// <param name="SendLagP99">How late the generator sent its requests (ms, p99): large values mean the client, not the platform, fell behind.</param>
public sealed record Phase(string Name, int Rate, TimeSpan Sending, IReadOnlyList<Sample> Samples, double SendLagP99)
{
    public double AchievedRate => Samples.Count(s => s.Status != OpenLoop.NotSent) / Sending.TotalSeconds;
}

/// <summary>
/// Sends requests at a fixed rate whatever the answers' pace (open loop), so slow answers cannot hide as a lower rate.
/// Each request's latency runs from the moment it is sent to the end of its body. Once two seconds' worth of requests
/// wait for answers, the platform is hopelessly behind: further requests are counted as failed, not sent, so that an
/// ever-growing backlog does not bring the whole machine down (as k6 drops iterations past its VU limit).
/// </summary>
public static class OpenLoop
{
    public const int NotSent = -1;

    /// <param name="next">Builds request <c>i</c> before its first await, on the sending loop, so shared state needs no lock.</param>
    public static async Task<Phase> RunAsync(string name, int perSecond, TimeSpan duration, Func<int, Task<Sample>> next)
    {
        var count = (int)(perSecond * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var maxWaiting = 2 * perSecond;
        var waiting = 0;
        var pending = new List<Task<Sample>>(count);
        var lags = new double[count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = interval * i;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            lags[i] = (clock.Elapsed - due).TotalMilliseconds;
            if (Volatile.Read(ref waiting) >= maxWaiting)
            {
                pending.Add(Task.FromResult(new Sample("not sent", 0, NotSent, $"{maxWaiting} requests were already waiting for answers", Stopwatch.GetTimestamp())));
                continue;
            }
            Interlocked.Increment(ref waiting);
            pending.Add(Answered(next(i)));
        }
        var sending = clock.Elapsed;
        var samples = await Task.WhenAll(pending);
        return new Phase(name, perSecond, sending, samples, Stats.Percentile(lags, 99));

        async Task<Sample> Answered(Task<Sample> request)
        {
            try
            {
                return await request;
            }
            finally
            {
                Interlocked.Decrement(ref waiting);
            }
        }
    }

    public static async Task<Sample> TimeAsync(string kind, HttpClient client, HttpRequestMessage request, int expected)
    {
        var started = Stopwatch.GetTimestamp();
        var what = $"{request.Method} {request.RequestUri}";
        try
        {
            using (request)
            using (var response = await client.SendAsync(request))
            {
                var body = await response.Content.ReadAsStringAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var status = (int)response.StatusCode;
                return new Sample(kind, elapsed, status, status == expected ? null : $"{what} → {body[..Math.Min(body.Length, 400)]}", started);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Sample(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds, 0, $"{what} → {e.Message}", started);
        }
    }
}

public static class Stats
{
    public static double Percentile(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
