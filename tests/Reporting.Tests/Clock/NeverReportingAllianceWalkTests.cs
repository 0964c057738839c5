using AlliancePlatform.Reporting.Domain;
using Microsoft.Extensions.Time.Testing;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.Clock;

/// <summary>
/// An alliance filed in March 2026 that never reports, walked day by day through two years with a fake clock, as the
/// reporting timer would see it: reminders, a missing 2026 report, a yellow card (Art 14), then a missing 2027 report
/// and the two-years trigger (Art 17-2), each exactly once.
/// </summary>
public class NeverReportingAllianceWalkTests
{
    private readonly FakeTimeProvider _clock = new(China(2026, 3, 15, 9));
    private readonly FakeWorkingDays _calendar = new FakeWorkingDays().WithHolidays(new DateOnly(2027, 1, 1));

    [Fact]
    public void Art13_Art14_Art17_2_AnAllianceThatNeverReports_GoesMissing_ThenYellowCarded_ThenTriggersRevocation()
    {
        var alliance = ReportingAlliance.Filed(AllianceId, new DateOnly(2026, 3, 15), _clock.GetUtcNow());
        var cards = new List<YellowCard>();
        var raised = new List<(DateOnly On, MissingYearsPair Pair)>();
        var firedReminders = new Dictionary<int, HashSet<string>>();
        var reminders = new List<(DateOnly On, int Year, string Key)>();
        var statusOn = new Dictionary<DateOnly, IReadOnlyList<ReportingYear>>();

        while (_clock.GetUtcNow() < China(2028, 3, 15, 9))
        {
            var now = _clock.GetUtcNow();
            var today = ChinaTime.DateOf(now);
            var obligations = alliance.Obligations(now, ReportingDeadline.Default);
            var history = ReportingYear.History(obligations, [], now, _calendar);
            statusOn[today] = history;

            foreach (var obligation in obligations)
            {
                var fired = firedReminders.TryGetValue(obligation.Year, out var set) ? set : firedReminders[obligation.Year] = [];
                foreach (var step in ReminderSchedule.Due(obligation, null, now, ReminderLadder.Default, fired))
                {
                    fired.Add(step.Key);
                    reminders.Add((today, obligation.Year, step.Key));
                }
            }

            foreach (var decision in YellowCardPolicy.Decide(history, cards, YellowCardSettings.Default, now))
            {
                cards.Add(YellowCard.Issue(AllianceId, Assert.IsType<IssueYellowCard>(decision), now));
            }

            foreach (var pair in TwoMissingYearsRule.Detect(history, [.. raised.Select(r => r.Pair)]))
            {
                raised.Add((today, pair));
            }

            _clock.Advance(TimeSpan.FromDays(1));
        }

        // 2026: not due all year, due through January 2027, missing from 1 February.
        Assert.Equal(ReportingStatus.NotDue, statusOn[new DateOnly(2026, 12, 31)].Single().Status);
        Assert.Equal(ReportingStatus.Due, statusOn[new DateOnly(2027, 1, 31)][0].Status);
        Assert.Equal(ReportingStatus.Missing, statusOn[new DateOnly(2027, 2, 1)][0].Status);
        Assert.Equal(ReportingStatus.Missing, statusOn[new DateOnly(2028, 2, 1)][1].Status);

        // One yellow card, on the day 2026 went missing; 2027 going missing earns no second card while it is open.
        var card = Assert.Single(cards);
        Assert.Equal((2026, YellowCardReason.MissingReport), (card.ReportYear, card.Reason));
        Assert.Equal(new DateOnly(2027, 2, 1), ChinaTime.DateOf(card.IssuedAt));
        Assert.Equal(new DateOnly(2027, 5, 2), card.RectifyBy);
        Assert.True(card.IsOpen);
        Assert.True(card.IsRectificationOverdue(_clock.GetUtcNow()));

        // The two-years trigger, once, on the day 2027 went missing.
        Assert.Equal([(new DateOnly(2028, 2, 1), new MissingYearsPair(2026, 2027))], raised);

        // Every rung of both years' ladders, once each, none before its year ended.
        Assert.Equal(7, reminders.Count(r => r.Year == 2026));
        Assert.Equal(7, reminders.Count(r => r.Year == 2027));
        Assert.DoesNotContain(reminders, r => r.Year == 2028);
        Assert.All(reminders, r => Assert.True(r.On.Year > r.Year));
        Assert.Equal(reminders.Count, reminders.Select(r => (r.Year, r.Key)).Distinct().Count());
        Assert.Contains((new DateOnly(2028, 3, 1), 2027, "after_30d"), reminders); // 31 Jan + 30 days, across 29 February 2028
    }
}
