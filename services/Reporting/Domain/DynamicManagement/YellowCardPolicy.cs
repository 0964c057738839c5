namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// Dynamic management (动态管理, Art 14): from an alliance's reporting history and its cards, what to do about yellow
/// cards now. Pure and idempotent: running it again on the result of its decisions decides nothing new.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>An open card is lifted by an accepted report showing activity on its own year or a later one (a missing report
/// submitted late and accepted with activity rectifies it; an accepted report without activity never does).</item>
/// <item>A year earns a card when its accepted report shows no activity, or it is missing (each a setting), unless a card
/// was ever issued on that year, or an accepted report showing activity on that year or a later one already exists.</item>
/// <item>No card is issued while one is open; of several years that earn one, the latest is cited.</item>
/// </list>
/// The caller evaluates only alliances that are filed; a revoked alliance gets no cards.
/// </remarks>
public static class YellowCardPolicy
{
    public static IReadOnlyList<YellowCardDecision> Decide(
        IEnumerable<ReportingYear> history, IEnumerable<YellowCard> cards, YellowCardSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(settings);
        var years = history.OrderBy(y => y.Year).ToList();
        var allCards = cards.ToList();
        var decisions = new List<YellowCardDecision>();

        var stillOpen = false;
        foreach (var card in allCards.Where(c => c.IsOpen))
        {
            if (FirstActiveReportFrom(years, card.ReportYear) is { } lifter)
            {
                decisions.Add(new LiftYellowCard(card.Id, card.ReportYear, lifter.Year));
            }
            else
            {
                stillOpen = true;
            }
        }

        if (stillOpen)
        {
            return decisions;
        }

        var cardedYears = allCards.Select(c => c.ReportYear).ToHashSet();
        var earning = years
            .Where(y => !cardedYears.Contains(y.Year) && FirstActiveReportFrom(years, y.Year) is null)
            .Select(y => (y.Year, Reason: ReasonFor(y, settings)))
            .LastOrDefault(y => y.Reason is not null);
        if (earning.Reason is { } reason)
        {
            decisions.Add(new IssueYellowCard(earning.Year, reason, ChinaTime.DateOf(now).AddDays(settings.RectificationDays)));
        }

        return decisions;
    }

    private static ReportingYear? FirstActiveReportFrom(List<ReportingYear> years, int year) =>
        years.FirstOrDefault(y => y.Year >= year && y.IsAcceptedWithActivity);

    private static YellowCardReason? ReasonFor(ReportingYear year, YellowCardSettings settings) => year switch
    {
        { IsAcceptedWithoutActivity: true } when settings.OnReportWithoutActivity => YellowCardReason.ReportWithoutActivity,
        { IsMissing: true } when settings.OnMissingReport => YellowCardReason.MissingReport,
        _ => null,
    };
}
