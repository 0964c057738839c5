using System.Globalization;
using System.Text;

namespace AlliancePlatform.Bench.FilingLoad;

/// <param name="SearchLight">Searches at a tenth of the rate: what each kind costs when nothing queues.</param>
public sealed record Phases(
    IReadOnlyList<Phase> Warm, Phase SubmitAlone, Phase SearchLight, Phase SearchAlone, Phase SearchTogether, Phase SubmitTogether)
{
    public IEnumerable<Phase> Measured => [SubmitAlone, SearchLight, SearchAlone, SearchTogether, SubmitTogether];
    public IEnumerable<Phase> All => Warm.Concat(Measured);
}

/// <param name="SubmitsOk">Submits answered 200, warm-up included.</param>
/// <param name="Outbox">Of all submits: applications now Submitted, their outbox events, events still unsent at the end.</param>
/// <param name="Logged">What PostgreSQL and the services logged as warnings and errors from the warm-up on, counted by message.</param>
public sealed record Evidence(
    int SubmitsOk, (long Submitted, long Events, long Unsent) Outbox,
    IReadOnlyList<(string Resource, IReadOnlyList<(string Message, int Count)> Problems)> Logged,
    IReadOnlyList<PlannedQuery> Plans, IReadOnlyList<SubmitProfile> Submits, IReadOnlyDictionary<string, long> WorkingSets);

public sealed record Report(int Seconds, TimeSpan Startup, string LoadBefore, string LoadAfter, Phases Phases, Evidence Evidence)
{
    public const string EventName = "alliance.filing.filing-application-submitted.v1";
    private static readonly (string Text, int Rate, double P99) SearchTarget = ("p99 ≤ 50 ms at 200 req/s", 200, 50);
    private static readonly (string Text, int Rate, double P99) SubmitTarget = ("p99 ≤ 100 ms at 50 req/s", 50, 100);

    public int Failures => Phases.Measured.Sum(p => Failed(p.Samples).Count);

    public string ToMarkdown()
    {
        var (_, submitAlone, searchLight, searchAlone, searchTogether, submitTogether) = Phases;
        var text = new StringBuilder();
        Line(text, $"Run: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average before {LoadBefore}, after {LoadAfter}; "
            + $"{Seconds} s per phase, open loop, start-up {Startup.TotalSeconds:F1} s.");
        Line(text, "");
        Line(text, "| measure | requests | p50 (ms) | p99 (ms) | failed | target |");
        Line(text, "|---|---|---|---|---|---|");
        Row(text, $"submit alone, {submitAlone.Rate}/s", submitAlone.Samples, Verdict(SubmitTarget, submitAlone));
        foreach (var search in new[] { searchLight, searchAlone })
        {
            Row(text, $"search alone, {search.Rate}/s, all kinds", search.Samples,
                search == searchAlone ? Verdict(SearchTarget, search) : "");
            foreach (var kind in SearchMix.Kinds)
            {
                Row(text, $"  · {kind}", [.. search.Samples.Where(s => s.Kind == kind)], "");
            }
        }
        Row(text, $"search with submits running ({searchTogether.Rate}/s + {submitTogether.Rate}/s)", searchTogether.Samples, "");
        Row(text, "submit with searches running", submitTogether.Samples, "");
        Line(text, "");
        Line(text, $"Together / alone, p50 and p99: search {Ratio(searchTogether, searchAlone, 50)} and {Ratio(searchTogether, searchAlone, 99)}, "
            + $"submit {Ratio(submitTogether, submitAlone, 50)} and {Ratio(submitTogether, submitAlone, 99)}. "
            + "Latencies are of the requests answered 200; failures are counted apart.");
        Line(text, "");
        foreach (var phase in Phases.Measured)
        {
            text.Append(Describe(phase));
        }
        Line(text, $"- Submits answered 200 (warm-up included): {Evidence.SubmitsOk}; applications now Submitted: {Evidence.Outbox.Submitted}; "
            + $"their `{EventName}` outbox rows: {Evidence.Outbox.Events}; outbox rows still unsent at the end: {Evidence.Outbox.Unsent}.");
        foreach (var (resource, problems) in Evidence.Logged)
        {
            Line(text, problems.Count == 0 ? $"- {resource} logged no warning or error from the warm-up on."
                : $"- {resource} logged: " + string.Join("; ", problems.Take(5).Select(p => $"{p.Count} × `{Flat(p.Message[..Math.Min(p.Message.Length, 300)])}`")) + ".");
        }
        Line(text, "- Working set after the load: " + string.Join(", ", Evidence.WorkingSets.Select(w => $"{w.Key} {w.Value / (1024 * 1024)} MB")) + ".");
        Line(text, "");
        Line(text, "Statements as PostgreSQL logged them, one probe request at a time after the load (client ms; server ms per statement):");
        Line(text, "");
        Line(text, "| probe | client (ms) | statements (ms) |");
        Line(text, "|---|---|---|");
        foreach (var plan in Evidence.Plans)
        {
            var server = plan.ServerMilliseconds.Count == 0 ? "not caught" : string.Join(" + ", plan.ServerMilliseconds.Select(ms => ms.ToString("F1", CultureInfo.InvariantCulture)));
            Line(text, $"| {plan.Kind} `{plan.Query}` | {plan.ClientMilliseconds:F1} | {server} |");
        }
        foreach (var submit in Evidence.Submits)
        {
            Line(text, $"| submit | {submit.ClientMilliseconds:F1} | {submit.Statements} statements, {submit.ServerMilliseconds:F1} in all; slowest "
                + string.Join(", ", submit.Slowest.Select(s => $"{s.Ms:F1} `{Flat(s.Sql[..Math.Min(s.Sql.Length, 60)])}`")) + " |");
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
            Line(text, example.Status == OpenLoop.NotSent
                ? $"  - not sent: {example.Problem}"
                : $"  - {example.Kind}, {Status(example.Status)}: `{Flat(example.Problem)}`");
        }
        return text.ToString();
    }

    private static void Row(StringBuilder text, string measure, IReadOnlyList<Sample> samples, string target)
    {
        var ok = Answered(samples);
        Line(text, $"| {measure} | {samples.Count:N0} | {Stats.Percentile(ok, 50):F1} | {Stats.Percentile(ok, 99):F1} | {Failed(samples).Count} | {target} |");
    }

    private static string Verdict((string Text, int Rate, double P99) target, Phase phase) =>
        phase.Rate < target.Rate ? $"{target.Text}: not measured at that rate"
        : $"{target.Text}: **{(Stats.Percentile(Answered(phase.Samples), 99) <= target.P99 && Failed(phase.Samples).Count == 0 ? "met" : "not met")}**";

    private static string Ratio(Phase together, Phase alone, int percentile) =>
        (Stats.Percentile(Answered(together.Samples), percentile) / Stats.Percentile(Answered(alone.Samples), percentile)).ToString("F2", CultureInfo.InvariantCulture);

    private static List<double> Answered(IEnumerable<Sample> samples) => [.. samples.Where(s => s.Status == 200).Select(s => s.Milliseconds)];

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
