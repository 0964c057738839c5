using System.Diagnostics;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Bench.EvaluationScale;

/// <summary>
/// The close-review endpoint's path against a real PostgreSQL (GradingEndpoints.CloseReviewAsync through
/// CampaignEditor.ChangeCampaignAsync): in one transaction, the campaign row locked FOR UPDATE, the campaign loaded with
/// AsSplitQuery, every review of the campaign loaded (no tracking, split query), CloseExpertReview, SaveChangesAsync,
/// commit. Each run closes its own copy of the campaign, stored beforehand through EF (not timed), so every run starts
/// from the same expert-review state. Not included: HTTP, authentication, the idempotency record, the audit row and the
/// response's mapping.
/// </summary>
internal static class PostgresClose
{
    private const int ReviewsPerSave = 100;

    public static async Task<int> RunAsync(string connectionString, int runs, int warmups, int alliances, int experts, int indicators, int seed, TimeSpan limit)
    {
        var options = new DbContextOptionsBuilder<EvaluationDbContext>()
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options;
        var counted = CompositeScore.Counted(experts, EvaluationSettings.Default.TrimFromExperts);

        var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        Console.WriteLine($"PostgreSQL: database {database.Database} on {database.Host}:{database.Port}. {alliances} alliances × {experts} experts × " +
            $"{indicators} indicators; {warmups} warm-up runs, {runs} measured, each on its own stored copy of the campaign; " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");

        await using (var db = new EvaluationDbContext(options))
        {
            var migrating = Stopwatch.StartNew();
            await db.Database.MigrateAsync();
            Console.WriteLine($"Migrated in {migrating.Elapsed.TotalSeconds:F1} s ({(await db.Database.GetAppliedMigrationsAsync()).Count()} migrations applied).");
            // Copies left by an earlier run of the benchmark: the reviews first (they have no foreign key to the campaign).
            var earlier = await db.Campaigns.Where(c => c.Title == ScaleCampaign.Title).Select(c => c.Id).ToListAsync();
            await db.Reviews.Where(r => earlier.Contains(r.CampaignId)).ExecuteDeleteAsync();
            await db.Campaigns.Where(c => earlier.Contains(c.Id)).ExecuteDeleteAsync();
            if (earlier.Count > 0)
            {
                Console.WriteLine($"Deleted {earlier.Count} campaigns left by an earlier run.");
            }
        }

        var copies = new List<Guid>(warmups + runs);
        for (var copy = 0; copy < warmups + runs; copy++)
        {
            var storing = Stopwatch.StartNew();
            copies.Add(await StoreAsync(options, alliances, experts, indicators, seed));
            Console.WriteLine($"Stored copy {copy + 1} of {warmups + runs} ({alliances} reviews, {alliances * experts * indicators:N0} scores) " +
                $"in {storing.Elapsed.TotalSeconds:F1} s (not timed).");
        }

        var loads = new List<double>(runs);
        var computes = new List<double>(runs);
        var saves = new List<double>(runs);
        var totals = new List<double>(runs);
        GradeDistribution? distribution = null;
        for (var run = -warmups; run < runs; run++)
        {
            var campaignId = copies[run + warmups];
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var (load, compute, save, total, rows) = await CloseAsync(options, campaignId);

            // What was committed, read back in a new context: every alliance with its composite and grade.
            await using (var check = new EvaluationDbContext(options))
            {
                var stored = await check.Campaigns.AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == campaignId);
                var storedDistribution = EvaluationReports.Distribution(stored.Results());
                var problem = stored.Status != CampaignStatus.Grading
                    ? $"Run {run}: the stored campaign is {stored.Status}, not {CampaignStatus.Grading}."
                    : RunChecks.Problem(run, stored, storedDistribution, distribution, alliances, counted);
                if (RunChecks.Failed(problem))
                {
                    return 2;
                }

                distribution = storedDistribution;
            }

            var label = RunChecks.Label(run, warmups);
            Console.WriteLine($"{label,-10} lock + load {load,8:F1} ms ({rows:N0} rows) | close review {compute,7:F1} ms | save + commit {save,7:F1} ms " +
                $"| total {total,8:F1} ms");
            if (run >= 0)
            {
                loads.Add(load);
                computes.Add(compute);
                saves.Add(save);
                totals.Add(total);
            }
        }

        var median = Statistics.Median(totals);
        Console.WriteLine();
        Console.WriteLine("| measure | min (ms) | median (ms) | max (ms) |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Statistics.Row("begin, lock, load campaign (split query) and reviews", loads));
        Console.WriteLine(Statistics.Row("close review: composites + proposed grades", computes));
        Console.WriteLine(Statistics.Row("SaveChangesAsync + commit", saves));
        Console.WriteLine(Statistics.Row("total", totals));
        Console.WriteLine();
        Console.WriteLine($"Grades: A {distribution!.A}, B {distribution.B}, C {distribution.C}, D {distribution.D} (total {distribution.Total}).");
        var met = median < limit.TotalMilliseconds;
        Console.WriteLine($"Median total {median:F1} ms against the target of < {limit.TotalMilliseconds:F0} ms: {(met ? "met" : "NOT met")}.");
        return met ? 0 : 1;
    }

    /// <summary>The endpoint's transaction, timed in its parts; a new context as for a request.</summary>
    private static async Task<(double Load, double Compute, double Save, double Total, int Rows)> CloseAsync(
        DbContextOptions<EvaluationDbContext> options, Guid campaignId)
    {
        await using var db = new EvaluationDbContext(options);
        var total = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM evaluation_campaigns WHERE id = {campaignId} FOR UPDATE").ToListAsync();
        var campaign = await db.Campaigns.AsSplitQuery().SingleAsync(c => c.Id == campaignId);
        var reviews = await db.Reviews.AsNoTracking().AsSplitQuery().Where(r => r.CampaignId == campaignId).ToListAsync();
        var load = total.Elapsed;

        campaign.CloseExpertReview(ScaleCampaign.Admin, reviews, EvaluationSettings.Default, ScaleCampaign.AfterReview);
        var compute = total.Elapsed - load;

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        total.Stop();
        var rows = 1 + campaign.Indicators.Count + campaign.Alliances.Count + campaign.History.Count
            + reviews.Count + reviews.Sum(r => r.Experts.Count + r.Experts.Sum(e => e.Scores.Count));
        return (load.TotalMilliseconds, compute.TotalMilliseconds, (total.Elapsed - load - compute).TotalMilliseconds, total.Elapsed.TotalMilliseconds, rows);
    }

    /// <summary>A copy of the campaign in expert review and its reviews, through EF, the reviews in batches.</summary>
    private static async Task<Guid> StoreAsync(DbContextOptions<EvaluationDbContext> options, int alliances, int experts, int indicators, int seed)
    {
        var (campaign, reviews) = ScaleCampaign.Build(alliances, experts, indicators, seed);
        await using (var db = new EvaluationDbContext(options))
        {
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
        }

        foreach (var batch in reviews.Chunk(ReviewsPerSave))
        {
            await using var db = new EvaluationDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Reviews.AddRange(batch);
            await db.SaveChangesAsync();
        }

        return campaign.Id;
    }
}
