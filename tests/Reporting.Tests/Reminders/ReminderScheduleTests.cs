using AlliancePlatform.Reporting.Domain;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.Reminders;

/// <summary>The reminder ladder (Art 13): each step once, nothing before the year ends, nothing once submitted.</summary>
public class ReminderScheduleTests
{
    private static readonly ReminderLadder Ladder = ReminderLadder.Default;

    /// <summary>Runs the timer at 09:00 every day from <paramref name="from"/> to <paramref name="to"/>; returns what it sent, by day.</summary>
    private static List<(DateOnly Day, string Key)> Walk(DateOnly from, DateOnly to, DateTimeOffset? submittedAt = null, ReminderLadder? ladder = null)
    {
        var fired = new HashSet<string>();
        var sent = new List<(DateOnly, string)>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var now = China(day.Year, day.Month, day.Day, 9);
            foreach (var step in ReminderSchedule.Due(Year2026, submittedAt, now, ladder ?? Ladder, fired))
            {
                Assert.True(fired.Add(step.Key));
                sent.Add((day, step.Key));
            }
        }
        return sent;
    }

    [Fact]
    public void Art13_Reminders_TheDefaultLadder_FiresEachStepOnce_OnItsDay()
    {
        var sent = Walk(new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 30));

        Assert.Equal(
            [
                (new DateOnly(2027, 1, 1), "before_30d"),
                (new DateOnly(2027, 1, 17), "before_14d"),
                (new DateOnly(2027, 1, 24), "before_7d"),
                (new DateOnly(2027, 1, 30), "before_1d"),
                (new DateOnly(2027, 2, 1), "after_1d"),
                (new DateOnly(2027, 2, 7), "after_7d"),
                (new DateOnly(2027, 3, 2), "after_30d"),
            ],
            sent);
    }

    [Fact]
    public void Art13_Reminders_NothingBeforeTheYearEnds()
    {
        var early = new ReminderLadder(daysBefore: [60, 45, 30], daysAfter: [1]);

        Assert.Empty(ReminderSchedule.Due(Year2026, null, China(2026, 12, 31, 23, 59, 59), early, new HashSet<string>()));

        // Rungs that would fall in December fire when the year has ended, the most urgent last.
        Assert.Equal(
            ["before_60d", "before_45d", "before_30d"],
            ReminderSchedule.Due(Year2026, null, China(2027, 1, 1, 0, 0, 0), early, new HashSet<string>()).Select(s => s.Key));
    }

    [Fact]
    public void Art13_Reminders_OnceSubmitted_NothingMoreFires()
    {
        Assert.Equal(["before_30d", "before_14d"], Walk(new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 30), China(2027, 1, 20)).Select(s => s.Key));
    }

    [Fact]
    public void Art13_Reminders_AfterTheDeadline_StopOnceSubmittedLate() =>
        Assert.Equal(
            ["before_30d", "before_14d", "before_7d", "before_1d", "after_1d"],
            Walk(new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 30), China(2027, 2, 3)).Select(s => s.Key));

    [Fact]
    public void Art13_Reminders_ABeforeStepMissedByTheDeadline_IsDropped() =>
        Assert.Equal(["after_1d"], ReminderSchedule.Due(Year2026, null, China(2027, 2, 1, 0, 0, 0), Ladder, new HashSet<string>()).Select(s => s.Key));

    [Fact]
    public void Art13_Reminders_WhenTheTimerWasDown_EveryDueStepComesAtOnce_TheMostRecentLast()
    {
        var fired = new HashSet<string> { "before_30d" };

        var due = ReminderSchedule.Due(Year2026, null, China(2027, 1, 25), Ladder, fired);

        Assert.Equal(["before_14d", "before_7d"], due.Select(s => s.Key));
    }

    [Fact]
    public void Art13_Reminders_OnTheDueDay_ABeforeStepOf0DaysFires() =>
        Assert.Equal(
            ["before_0d"],
            ReminderSchedule.Due(Year2026, null, China(2027, 1, 31, 8), new ReminderLadder(daysBefore: [0], daysAfter: [1]), new HashSet<string>()).Select(s => s.Key));

    [Theory]
    [InlineData(new[] { -1 }, new[] { 1 })]
    [InlineData(new[] { 7, 7 }, new[] { 1 })]
    [InlineData(new[] { 7 }, new[] { 0 })]
    [InlineData(new[] { 7 }, new[] { 400 })]
    public void Art13_Ladder_WithABadRung_IsRefused(int[] before, int[] after) =>
        AssertRejected(() => _ = new ReminderLadder(before, after), "reminder.ladder_invalid");
}
