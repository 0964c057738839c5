using System.Globalization;
using System.Text;

namespace AlliancePlatform.Bench.EventLatency;

public sealed record Report(
    int Writes, int Rate, TimeSpan Startup, PhaseResult ViaGateway, PhaseResult Direct,
    IReadOnlyList<double> EventLatencies, IReadOnlyDictionary<string, long> WorkingSets)
{
    public int Failures => ViaGateway.Failures + Direct.Failures;

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var gatewayP50 = Percentile(ViaGateway.WriteMilliseconds, 50);
        var gatewayP99 = Percentile(ViaGateway.WriteMilliseconds, 99);
        var directP50 = Percentile(Direct.WriteMilliseconds, 50);
        var directP99 = Percentile(Direct.WriteMilliseconds, 99);
        Line(text, $"Run: {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}, {Environment.ProcessorCount} cores, {Writes} writes to each target at {Rate}/s each, interleaved (open loop), after 300 warm-up writes each, start-up {Startup.TotalSeconds:F1} s.");
        Line(text, "");
        Line(text, "| measure | p50 (ms) | p99 (ms) |");
        Line(text, "|---|---|---|");
        Line(text, $"| write through the gateway | {gatewayP50:F1} | {gatewayP99:F1} |");
        Line(text, $"| write straight to Membership | {directP50:F1} | {directP99:F1} |");
        Line(text, $"| gateway added (difference) | {gatewayP50 - directP50:F1} | {gatewayP99 - directP99:F1} |");
        Line(text, $"| gateway / direct (ratio) | {gatewayP50 / directP50:F2} | {gatewayP99 / directP99:F2} |");
        Line(text, $"| commit → Filing projection ({EventLatencies.Count} events) | {Percentile(EventLatencies, 50):F1} | {Percentile(EventLatencies, 99):F1} |");
        Line(text, "");
        Line(text, $"Failed writes: {Failures}. Working set after the load: "
            + string.Join(", ", WorkingSets.Select(w => $"{w.Key} {w.Value / (1024 * 1024)} MB")) + ".");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static double Percentile(IReadOnlyList<double> values, int percentile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
