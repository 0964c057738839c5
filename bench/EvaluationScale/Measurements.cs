using System.Globalization;
using AlliancePlatform.Evaluation.Domain;

namespace AlliancePlatform.Bench.EvaluationScale;

internal static class RunChecks
{
    /// <summary>
    /// Why a run's result is wrong, or null: every alliance must have a grade and a composite of the counted totals, and
    /// the same seed must give the same grade distribution as the runs before.
    /// </summary>
    public static string? Problem(int run, EvaluationCampaign campaign, GradeDistribution distribution, GradeDistribution? previous, int alliances, int counted) =>
        distribution.Total != alliances || campaign.Alliances.Any(a => a.ExpertsCounted != counted)
            ? $"Run {run}: not every alliance got a composite and a grade ({distribution.Total} of {alliances})."
            : previous is not null && previous != distribution
                ? "The same seed gave a different grade distribution: the computation is not deterministic."
                : null;

    /// <summary>Writes the problem, if any, to the error output.</summary>
    public static bool Failed(string? problem)
    {
        if (problem is not null)
        {
            Console.Error.WriteLine(problem);
        }

        return problem is not null;
    }

    /// <summary>Warm-up runs are numbered below zero.</summary>
    public static string Label(int run, int warmups) => run < 0 ? $"warm-up {run + warmups + 1}" : $"run {run + 1}";
}

internal static class Statistics
{
    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Row(string name, List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {values.Min():F1} | {Median(values):F1} | {values.Max():F1} |");
}
