// Scale of the expert review's arithmetic (issue 7): a campaign of 1,000 alliances × 7 experts × 20 indicators,
// composites and proposed grades for all (EvaluationCampaign.CloseExpertReview) in under 5 s.
//   dotnet run -c Release --project bench/EvaluationScale -- [runs=10] [warmups=3] [alliances=1000] [experts=7]
// Measures the in-process domain computation only: the campaign and its reviews are built in memory through the
// domain before each run (not timed); loading them from PostgreSQL is not included.
using System.Diagnostics;
using System.Globalization;
using AlliancePlatform.Bench.EvaluationScale;
using AlliancePlatform.Evaluation.Domain;

var runs = Argument(0, 10);
var warmups = Argument(1, 3);
var alliances = Argument(2, 1000);
var experts = Argument(3, 7);
const int indicators = 20;
const int seed = 20260917;
var limit = TimeSpan.FromSeconds(5);
var counted = CompositeScore.Counted(experts, EvaluationSettings.Default.TrimFromExperts);

Console.WriteLine($"{alliances} alliances × {experts} experts × {indicators} indicators; {warmups} warm-up runs, {runs} measured; " +
    $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");

var close = new List<double>(runs);
var reports = new List<double>(runs);
var builds = new List<double>(runs);
long allocated = 0;
GradeDistribution? distribution = null;
for (var run = -warmups; run < runs; run++)
{
    var building = Stopwatch.StartNew();
    var (campaign, reviews) = ScaleCampaign.Build(alliances, experts, indicators, seed);
    building.Stop();
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();

    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    var closing = Stopwatch.StartNew();
    campaign.CloseExpertReview(ScaleCampaign.Admin, reviews, EvaluationSettings.Default, ScaleCampaign.AfterReview);
    closing.Stop();
    var closeAllocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

    var reporting = Stopwatch.StartNew();
    var results = campaign.Results();
    var ranking = EvaluationReports.Ranking(results);
    var runDistribution = EvaluationReports.Distribution(results);
    var byField = EvaluationReports.ByIndustryField(results);
    var byRegion = EvaluationReports.ByRegion(results);
    reporting.Stop();

    if (runDistribution.Total != alliances || ranking.Count != alliances || campaign.Alliances.Any(a => a.ExpertsCounted != counted))
    {
        Console.Error.WriteLine($"Run {run}: not every alliance got a composite and a grade ({runDistribution.Total} of {alliances}).");
        return 2;
    }

    if (distribution is not null && distribution != runDistribution)
    {
        Console.Error.WriteLine("The same seed gave a different grade distribution: the computation is not deterministic.");
        return 2;
    }

    distribution = runDistribution;
    var label = run < 0 ? $"warm-up {run + warmups + 1}" : $"run {run + 1}";
    Console.WriteLine($"{label,-10} build {building.Elapsed.TotalMilliseconds,8:F0} ms | close review {closing.Elapsed.TotalMilliseconds,8:F1} ms " +
        $"| reports {reporting.Elapsed.TotalMilliseconds,6:F1} ms ({byField.Count} fields, {byRegion.Count} regions)");
    if (run >= 0)
    {
        builds.Add(building.Elapsed.TotalMilliseconds);
        close.Add(closing.Elapsed.TotalMilliseconds);
        reports.Add(reporting.Elapsed.TotalMilliseconds);
        allocated = closeAllocated;
    }
}

var median = Median(close);
Console.WriteLine();
Console.WriteLine("| measure | min (ms) | median (ms) | max (ms) |");
Console.WriteLine("|---|---|---|---|");
Console.WriteLine(Row("close review: composites + proposed grades", close));
Console.WriteLine(Row("reports: ranking, distribution, by field, by region", reports));
Console.WriteLine(Row("building the campaign through the domain (not the target)", builds));
Console.WriteLine();
Console.WriteLine($"Allocated while closing the review: {allocated / 1024.0 / 1024.0:F1} MiB.");
Console.WriteLine($"Grades: A {distribution!.A}, B {distribution.B}, C {distribution.C}, D {distribution.D} (total {distribution.Total}).");
var met = median < limit.TotalMilliseconds;
Console.WriteLine($"Median {median:F1} ms against the target of < {limit.TotalMilliseconds:F0} ms: {(met ? "met" : "NOT met")}.");
return met ? 0 : 1;

int Argument(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Row(string name, List<double> values) =>
    string.Create(CultureInfo.InvariantCulture, $"| {name} | {values.Min():F1} | {Median(values):F1} | {values.Max():F1} |");
