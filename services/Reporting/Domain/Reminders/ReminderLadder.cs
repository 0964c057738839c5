using static AlliancePlatform.Reporting.Domain.RuleChecks;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// When alliances are reminded of their annual report (Art 13), a setting (domain.md §4 [policy default]): days before
/// the due day (30, 14, 7, 1; 0 is the due day itself) and days after it (1, 7, 30).
/// </summary>
public sealed record ReminderLadder
{
    public const int MaxSteps = 10;
    public const int MaxDays = 366;

    public ReminderLadder(IReadOnlyCollection<int>? daysBefore = null, IReadOnlyCollection<int>? daysAfter = null)
    {
        var before = daysBefore ?? [30, 14, 7, 1];
        var after = daysAfter ?? [1, 7, 30];
        Require(IsValid(before, minimum: 0) && IsValid(after, minimum: 1), ReminderRules.LadderInvalid);

        Steps =
        [
            .. before.OrderDescending().Select(d => new ReminderStep(ReminderPhase.BeforeDeadline, d)),
            .. after.Order().Select(d => new ReminderStep(ReminderPhase.AfterDeadline, d)),
        ];
    }

    public static ReminderLadder Default { get; } = new();

    /// <summary>Every step, in the order they fire.</summary>
    public IReadOnlyList<ReminderStep> Steps { get; }

    private static bool IsValid(IReadOnlyCollection<int> days, int minimum) =>
        days.Count <= MaxSteps && days.All(d => d >= minimum && d <= MaxDays) && days.Distinct().Count() == days.Count;
}
