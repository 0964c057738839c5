// Scale of the expert review's arithmetic (issue 7): a campaign of 1,000 alliances × 7 experts × 20 indicators,
// composites and proposed grades for all (EvaluationCampaign.CloseExpertReview) in under 5 s.
//   dotnet run -c Release --project bench/EvaluationScale -- [runs=10] [warmups=3] [alliances=1000] [experts=7]
// Measures the in-process domain computation only: the campaign and its reviews are built in memory through the
// domain before each run (not timed); loading them from PostgreSQL is not included.
//   dotnet run -c Release --project bench/EvaluationScale -- --postgres "<connection string>" [runs=3] [warmups=1] [alliances=1000] [experts=7]
// Measures the close-review endpoint's database path instead (PostgresClose): the database is migrated with the
// service's migrations, a copy of the campaign and its reviews stored per run, and lock, load, close, save and commit timed.
using System.Diagnostics;
using System.Globalization;
using AlliancePlatform.Bench.EvaluationScale;
using AlliancePlatform.Evaluation.Domain;

const int indicators = 20;
const int seed = 20260917;
var limit = TimeSpan.FromSeconds(5);
if (args.Length > 0 && args[0] == "--postgres")
{
    if (args.Length < 2)
    {
        Console.Error.WriteLine("--postgres needs a connection string, e.g. \"Host=/tmp;Port=5432;Username=postgres;Database=evaluation_bench\".");
        return 2;
    }

    return await PostgresClose.RunAsync(args[1], Argument(2, 3), Argument(3, 1), Argument(4, 1000), Argument(5, 7), indicators, seed, limit);
}

var runs = Argument(0, 10);
var warmups = Argument(1, 3);
var alliances = Argument(2, 1000);
var experts = Argument(3, 7);
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

    var problem = ranking.Count != alliances
        ? $"Run {run}: the ranking has {ranking.Count} of {alliances} alliances."
        : RunChecks.Problem(run, campaign, runDistribution, distribution, alliances, counted);
    if (RunChecks.Failed(problem))
    {
        return 2;
    }

    distribution = runDistribution;
    var label = RunChecks.Label(run, warmups);
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

var median = Statistics.Median(close);
Console.WriteLine();
Console.WriteLine("| measure | min (ms) | median (ms) | max (ms) |");
Console.WriteLine("|---|---|---|---|");
Console.WriteLine(Statistics.Row("close review: composites + proposed grades", close));
Console.WriteLine(Statistics.Row("reports: ranking, distribution, by field, by region", reports));
Console.WriteLine(Statistics.Row("building the campaign through the domain (not the target)", builds));
Console.WriteLine();
Console.WriteLine($"Allocated while closing the review: {allocated / 1024.0 / 1024.0:F1} MiB.");
Console.WriteLine($"Grades: A {distribution!.A}, B {distribution.B}, C {distribution.C}, D {distribution.D} (total {distribution.Total}).");
var met = median < limit.TotalMilliseconds;
Console.WriteLine($"Median {median:F1} ms against the target of < {limit.TotalMilliseconds:F0} ms: {(met ? "met" : "NOT met")}.");
return met ? 0 : 1;

int Argument(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
