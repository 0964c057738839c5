namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// The arithmetic of the expert review (Art 22), in decimals only. An expert's total is Σ Weight × score / MaxScore over
/// the plan, a number from 0 to 100. The composite is the mean of the expert totals, after dropping one highest and one
/// lowest total when at least <see cref="EvaluationSettings.TrimFromExperts"/> experts scored.
/// Rounding: every total, dimension score and composite is rounded to <see cref="Decimals"/> places, half away from
/// zero (<see cref="MidpointRounding.AwayFromZero"/>); the composite is the mean of the rounded totals, then rounded.
/// </summary>
public static class CompositeScore
{
    public const int Decimals = 2;

    public static decimal Round(decimal value) => decimal.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The weighted points of one expert's sheet, over the whole plan or one <paramref name="dimension"/>, rounded.
    /// An indicator without a score counts 0.
    /// </summary>
    public static decimal Total(IEnumerable<Indicator> plan, Func<Guid, decimal?> scoreOf, Dimension? dimension = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scoreOf);
        var sum = 0m;
        foreach (var indicator in plan)
        {
            if (dimension is null || indicator.Dimension == dimension)
            {
                sum += indicator.Weight * (scoreOf(indicator.Id) ?? 0m) / indicator.MaxScore;
            }
        }

        return Round(sum);
    }

    /// <summary>How many of <paramref name="experts"/> totals the composite averages.</summary>
    public static int Counted(int experts, int trimFromExperts) => experts >= trimFromExperts ? experts - 2 : experts;

    /// <summary>The composite of the expert totals: their mean, dropping the highest and the lowest when there are at least <paramref name="trimFromExperts"/>; rounded.</summary>
    public static decimal Of(IReadOnlyCollection<decimal> totals, int trimFromExperts)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.Count == 0)
        {
            throw new ArgumentException("A composite needs at least one expert total.", nameof(totals));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(trimFromExperts, EvaluationSettings.MinimumTrimFromExperts);
        var counted = Counted(totals.Count, trimFromExperts);
        var kept = totals.Order().Skip((totals.Count - counted) / 2).Take(counted);
        return Round(kept.Sum() / counted);
    }
}

/// <summary>What the expert review of one alliance comes to (Art 22): the composite and its three dimension scores.</summary>
/// <param name="ExpertsScored">Experts who handed in a complete sheet.</param>
/// <param name="ExpertsCounted">The totals averaged: <paramref name="ExpertsScored"/>, less two when the highest and lowest were dropped.</param>
public sealed record ReviewResult(
    decimal Composite, int ExpertsScored, int ExpertsCounted, decimal OrganisationBuilding, decimal Activities, decimal InnovationImpact)
{
    public decimal ScoreOf(Dimension dimension) => dimension switch
    {
        Dimension.OrganisationBuilding => OrganisationBuilding,
        Dimension.Activities => Activities,
        Dimension.InnovationImpact => InnovationImpact,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}

/// <summary>Which end of the expert totals a dropped total came from (Art 22: the highest and the lowest, when five or more scored).</summary>
public enum DroppedTotal
{
    Lowest,
    Highest,
}

/// <summary>One expert's handed-in sheet as the composite counted it.</summary>
/// <param name="Dropped">Set when the total was left out of the composite's mean.</param>
public sealed record CountedSheet(ReviewExpert Expert, decimal Total, DroppedTotal? Dropped);
