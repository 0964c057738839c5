using System.Globalization;
using System.Text;

namespace AlliancePlatform.Bench.FilingLoad;

/// <param name="SubmitsOk">Submits answered 200, warm-up included.</param>
/// <param name="Outbox">Of all submits: applications now Submitted, their outbox events, events still unsent at the end.</param>
/// <param name="DatabaseProblems">What PostgreSQL logged as errors from the warm-up on, counted by message.</param>
public sealed record Report(
    int Seconds, TimeSpan Startup, string LoadBefore, string LoadAfter,
    Phase SearchAlone, Phase SubmitAlone, Phase SearchTogether, Phase SubmitTogether, int SubmitsOk,
    (long Submitted, long Events, long Unsent) Outbox, IReadOnlyList<(string Message, int Count)> DatabaseProblems, IReadOnlyList<PlannedQuery> Plans, IReadOnlyDictionary<string, long> WorkingSets)
{
    private const double SearchTarget = 50;
    private const double SubmitTarget = 100;

    public int Failures => new[] { SearchAlone, SubmitAlone, SearchTogether, SubmitTogether }.Sum(p => Failed(p.Samples).Count);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        Line(text, $"Run: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average before {LoadBefore}, after {LoadAfter}; "
            + $"{Seconds} s per phase, open loop, start-up {Startup.TotalSeconds:F1} s.");
        Line(text, "");
        Line(text, "| measure | requests | p50 (ms) | p99 (ms) | failed | target |");
        Line(text, "|---|---|---|---|---|---|");
        Row(text, $"search alone, {SearchAlone.Rate}/s, all kinds", SearchAlone.Samples, Verdict("p99 ≤ 50 ms at 200 req/s", SearchAlone, SearchTarget));
        foreach (var kind in SearchMix.Kinds)
        {
            Row(text, $"  · {kind}", [.. SearchAlone.Samples.Where(s => s.Kind == kind)], "");
        }
        Row(text, $"submit alone, {SubmitAlone.Rate}/s", SubmitAlone.Samples, Verdict("p99 ≤ 100 ms at 50 req/s", SubmitAlone, SubmitTarget));
        Row(text, $"search with submits running ({SearchTogether.Rate}/s + {SubmitTogether.Rate}/s)", SearchTogether.Samples, "");
        Row(text, "submit with searches running", SubmitTogether.Samples, "");
        Line(text, "");
        Line(text, $"Together / alone, p50 and p99: search {Ratio(SearchTogether, SearchAlone, 50)} and {Ratio(SearchTogether, SearchAlone, 99)}, "
            + $"submit {Ratio(SubmitTogether, SubmitAlone, 50)} and {Ratio(SubmitTogether, SubmitAlone, 99)}.");
        foreach (var phase in new[] { SearchAlone, SubmitAlone, SearchTogether, SubmitTogether })
        {
            text.Append(Describe(phase));
        }
        Line(text, $"- Submits answered 200 (warm-up included): {SubmitsOk}; applications now Submitted: "
            + $"{Outbox.Submitted}; their `{EventName}` outbox rows: {Outbox.Events}; outbox rows still unsent at the end: {Outbox.Unsent}.");
        Line(text, DatabaseProblems.Count == 0 ? "- PostgreSQL logged no error during the load."
            : "- PostgreSQL logged: " + string.Join("; ", DatabaseProblems.Take(6).Select(p => $"{p.Count} × `{Flat(p.Message)}`")) + ".");
        Line(text, "- Working set after the load: " + string.Join(", ", WorkingSets.Select(w => $"{w.Key} {w.Value / (1024 * 1024)} MB")) + ".");
        Line(text, "");
        Line(text, "Register statements as PostgreSQL logged them, one probe request each after the load (client ms; server ms per statement):");
        Line(text, "");
        Line(text, "| probe | client (ms) | statements (ms) |");
        Line(text, "|---|---|---|");
        foreach (var plan in Plans)
        {
            var server = plan.ServerMilliseconds.Count == 0 ? "not caught" : string.Join(" + ", plan.ServerMilliseconds.Select(ms => ms.ToString("F1", CultureInfo.InvariantCulture)));
            Line(text, $"| {plan.Kind} `{plan.Query}` | {plan.ClientMilliseconds:F1} | {server} |");
        }
        return text.ToString();
    }

    /// <summary>The phase's sending and failures, with one example of each kind of failure.</summary>
    public static string Describe(Phase phase)
    {
        var text = new StringBuilder();
        var failed = Failed(phase.Samples);
        Line(text, $"- {phase.Name}: {phase.AchievedRate:F1}/s sent (asked {phase.Rate}/s), sender late by ≤ {phase.SendLagP99:F1} ms at p99"
            + (failed.Count > 0 ? $"; failures {Breakdown(failed)}" : "") + ".");
        foreach (var example in failed.GroupBy(s => (s.Status, s.Kind)).Select(g => g.First()))
        {
            Line(text, $"  - {example.Kind}, {Status(example.Status)}: `{Flat(example.Problem)}`");
        }
        return text.ToString();
    }

    public const string EventName = "alliance.filing.filing-application-submitted.v1";

    private static void Row(StringBuilder text, string measure, IReadOnlyList<Sample> samples, string target)
    {
        var ok = samples.Where(s => s.Status == 200).Select(s => s.Milliseconds).ToList();
        Line(text, $"| {measure} | {samples.Count:N0} | {Stats.Percentile(ok, 50):F1} | {Stats.Percentile(ok, 99):F1} | {Failed(samples).Count} | {target} |");
    }

    private static string Verdict(string target, Phase phase, double p99Limit)
    {
        var p99 = Stats.Percentile(phase.Samples.Where(s => s.Status == 200).Select(s => s.Milliseconds), 99);
        return $"{target}: **{(p99 <= p99Limit && Failed(phase.Samples).Count == 0 ? "met" : "not met")}**";
    }

    private static string Ratio(Phase together, Phase alone, int percentile)
    {
        static double P(Phase phase, int percentile) => Stats.Percentile(phase.Samples.Where(s => s.Status == 200).Select(s => s.Milliseconds), percentile);
        return (P(together, percentile) / P(alone, percentile)).ToString("F2", CultureInfo.InvariantCulture);
    }

    private static List<Sample> Failed(IEnumerable<Sample> samples) => [.. samples.Where(s => s.Status != 200)];

    private static string Breakdown(IEnumerable<Sample> failed) =>
        string.Join(", ", failed.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{Status(g.Key)} × {g.Count()}"));

    private static string Status(int status) => status switch
    {
        OpenLoop.NotSent => "not sent",
        0 => "no answer",
        _ => status.ToString(CultureInfo.InvariantCulture),
    };

    private static string Flat(string? text) => (text ?? "").ReplaceLineEndings(" ").Replace('`', '\'');

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
