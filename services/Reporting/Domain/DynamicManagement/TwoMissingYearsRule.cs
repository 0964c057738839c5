namespace AlliancePlatform.Reporting.Domain;

/// <summary>Two consecutive report years, both missing (Art 17-2); <see cref="Key"/> identifies it to Filing's revocation case.</summary>
public sealed record MissingYearsPair(int FirstYear, int SecondYear)
{
    public string Key => FormattableString.Invariant($"{FirstYear}-{SecondYear}");
}

/// <summary>
/// 连续2年不履行年度报告提交义务 (Art 17-2): an alliance with two consecutive owed years both missing at the time of
/// reading. It raises an event that opens a revocation case in Filing, never a silent revocation. Each year counts in at
/// most one pair, so a pair is yielded once: the caller passes back every pair it has raised. Three missing years in a
/// row make one pair; four make two. Years not owed (between a revocation and a new filing) break the run.
/// </summary>
public static class TwoMissingYearsRule
{
    public static IReadOnlyList<MissingYearsPair> Detect(IEnumerable<ReportingYear> history, IReadOnlyCollection<MissingYearsPair> alreadyRaised)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(alreadyRaised);
        var missing = history.Where(y => y.IsMissing).Select(y => y.Year).ToHashSet();
        var counted = alreadyRaised.SelectMany(p => new[] { p.FirstYear, p.SecondYear }).ToHashSet();
        var pairs = new List<MissingYearsPair>();

        foreach (var year in missing.Order())
        {
            if (missing.Contains(year + 1) && !counted.Contains(year) && !counted.Contains(year + 1))
            {
                pairs.Add(new MissingYearsPair(year, year + 1));
                counted.Add(year);
                counted.Add(year + 1);
            }
        }

        return pairs;
    }
}
