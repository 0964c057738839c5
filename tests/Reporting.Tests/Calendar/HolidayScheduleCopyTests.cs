using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.WorkingDays;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.Calendar;

/// <summary>
/// Working days left before the annual report's due day (Art 13) follow the national holiday schedule as Filing's
/// deadlines do (domain.md §3), from Reporting's copy of the schedules Filing announces.
/// </summary>
public class HolidayScheduleCopyTests
{
    private static readonly ReportingObligation Year2025 = ReportingObligation.For(Guid.NewGuid(), 2025, ReportingDeadline.Default);
    private static readonly DateTimeOffset Saved = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Art13_Section3_WorkingDaysLeft_SkipHolidaysAndCountMakeUpDays_ByThe2026Schedule()
    {
        var calendar = new ScheduledWorkingDays(new WorkingDayCalendar([ChinaHolidaySchedules.Year2026]));

        var standing = Year2025.StandingAt(null, China(2026, 1, 1, 9), calendar);

        // January 2026 has 22 weekdays; 1–2 January are holidays and Sunday 4 January is a make-up working day.
        Assert.Equal((ReportingStatus.Due, 21), (standing.Status, standing.WorkingDaysLeft));
        Assert.Empty(standing.YearsWithoutSchedule!);
    }

    [Fact]
    public void Art13_Section3_WorkingDaysLeft_InAYearWithoutASchedule_AreMondayToFriday_AndSaySo()
    {
        IReadOnlyList<int>? told = null;
        var calendar = new ScheduledWorkingDays(new WorkingDayCalendar([]), years => told = years);

        var standing = Year2025.StandingAt(null, China(2026, 1, 1, 9), calendar);

        Assert.Equal(22, standing.WorkingDaysLeft);
        Assert.Equal([2026], standing.YearsWithoutSchedule!);
        Assert.Equal([2026], told!);
    }

    [Fact]
    public void Art13_Section3_NotDue_NamesNoYearWithoutSchedule()
    {
        var standing = Year2025.StandingAt(null, China(2025, 12, 1), new ScheduledWorkingDays(new WorkingDayCalendar([])));

        Assert.Null(standing.YearsWithoutSchedule);
    }

    [Fact]
    public void Section3_AnnouncedSchedule_ReplacesTheBuiltInOne()
    {
        var copy = HolidayScheduleCopy.BuiltIn(ChinaHolidaySchedules.Year2026);
        var corrected = HolidaySchedule.Create(2026, [new(2026, 1, 1)], [], "更正");

        Assert.True(copy.Apply(corrected, Saved));

        Assert.Equal([new DateOnly(2026, 1, 1)], copy.Holidays);
        Assert.Empty(copy.MakeUpWorkingDays);
        Assert.Equal("更正", copy.Source);
        Assert.Equal(Saved, copy.UpdatedAt);
    }

    [Fact]
    public void Section3_AnOlderVersionArrivingLate_IsIgnored()
    {
        var copy = HolidayScheduleCopy.Announced(ChinaHolidaySchedules.Year2026, Saved);

        Assert.False(copy.Apply(HolidaySchedule.Create(2026, [], [], "older"), Saved.AddMinutes(-5)));
        Assert.False(copy.Apply(HolidaySchedule.Create(2026, [], [], "same"), Saved));

        Assert.Equal(ChinaHolidaySchedules.Year2026.Holidays.Count, copy.Holidays.Length);
        Assert.Equal(ChinaHolidaySchedules.Year2026.Source, copy.ToSchedule().Source);
    }

    [Fact]
    public void Section3_ASchedule_ReplacesOnlyItsOwnYear() =>
        Assert.Throws<ArgumentException>(() =>
            HolidayScheduleCopy.BuiltIn(ChinaHolidaySchedules.Year2026).Apply(HolidaySchedule.Create(2027, [], [], null), Saved));
}
