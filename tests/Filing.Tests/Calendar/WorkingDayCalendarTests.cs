using AlliancePlatform.Filing.Domain;

namespace AlliancePlatform.Filing.Tests.Calendar;

/// <summary>Expected dates are worked out by hand on the 2026 calendar (1 January 2026 is a Thursday).</summary>
public class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = new([ChinaHolidaySchedules.Year2026]);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(1, 3)]
    [InlineData(2, 15)]
    [InlineData(2, 16)]
    [InlineData(2, 17)]
    [InlineData(2, 18)]
    [InlineData(2, 19)]
    [InlineData(2, 20)]
    [InlineData(2, 21)]
    [InlineData(2, 22)]
    [InlineData(2, 23)]
    [InlineData(4, 4)]
    [InlineData(4, 5)]
    [InlineData(4, 6)]
    [InlineData(5, 1)]
    [InlineData(5, 2)]
    [InlineData(5, 3)]
    [InlineData(5, 4)]
    [InlineData(5, 5)]
    [InlineData(6, 19)]
    [InlineData(6, 20)]
    [InlineData(6, 21)]
    [InlineData(9, 25)]
    [InlineData(9, 26)]
    [InlineData(9, 27)]
    [InlineData(10, 1)]
    [InlineData(10, 2)]
    [InlineData(10, 3)]
    [InlineData(10, 4)]
    [InlineData(10, 5)]
    [InlineData(10, 6)]
    [InlineData(10, 7)]
    public void IsWorkingDay_On2026Holiday_IsFalse(int month, int day) =>
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2026, month, day)));

    [Theory]
    [InlineData(1, 4)]   // Sunday
    [InlineData(2, 14)]  // Saturday
    [InlineData(2, 28)]  // Saturday
    [InlineData(5, 9)]   // Saturday
    [InlineData(9, 20)]  // Sunday
    [InlineData(10, 10)] // Saturday
    public void IsWorkingDay_On2026MakeUpWeekendDay_IsTrue(int month, int day) =>
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, month, day)));

    [Theory]
    [InlineData(2026, 3, 2, true)]   // Monday
    [InlineData(2026, 3, 6, true)]   // Friday
    [InlineData(2026, 3, 7, false)]  // Saturday
    [InlineData(2026, 3, 8, false)]  // Sunday
    [InlineData(2027, 1, 1, true)]   // Friday, no 2027 schedule loaded
    [InlineData(2027, 1, 2, false)]  // Saturday, no 2027 schedule loaded
    public void IsWorkingDay_OnOrdinaryDay_IsMondayToFriday(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, _calendar.IsWorkingDay(new DateOnly(year, month, day)));

    [Fact]
    public void Window_OpeningOnWorkingDayBeforeSpringFestival_CountsMakeUpSaturdayThenResumesAfterHoliday()
    {
        var window = _calendar.Window(new DateOnly(2026, 2, 13), 5);

        Assert.Equal(new DateOnly(2026, 2, 13), window.OpensOn);
        Assert.Equal(new DateOnly(2026, 2, 13), window.FirstDay);
        Assert.Equal(new DateOnly(2026, 2, 26), window.LastDay);
        Assert.Equal(5, window.WorkingDays);
        Assert.Equal(new DateTimeOffset(2026, 2, 26, 16, 0, 0, TimeSpan.Zero), window.ClosesAt);
        Assert.Empty(window.YearsWithoutSchedule);
    }

    [Fact]
    public void Window_OpeningOnSpringFestivalHoliday_StartsOnFirstWorkingDayAfter()
    {
        var window = _calendar.Window(new DateOnly(2026, 2, 15), 5);

        Assert.Equal(new DateOnly(2026, 2, 15), window.OpensOn);
        Assert.Equal(new DateOnly(2026, 2, 24), window.FirstDay);
        // 24, 25, 26, 27 February, then Saturday 28 February, a make-up working day.
        Assert.Equal(new DateOnly(2026, 2, 28), window.LastDay);
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 16, 0, 0, TimeSpan.Zero), window.ClosesAt);
    }

    [Fact]
    public void Window_OpeningOnNewYearsDay_StartsOnMakeUpSunday()
    {
        var window = _calendar.Window(new DateOnly(2026, 1, 1), 2);

        Assert.Equal(new DateOnly(2026, 1, 4), window.FirstDay);
        Assert.Equal(new DateOnly(2026, 1, 5), window.LastDay);
    }

    [Fact]
    public void Window_AcrossNationalDay_CountsMakeUpSaturdayTenOctober()
    {
        var window = _calendar.Window(new DateOnly(2026, 9, 30), 5);

        // 30 September, then 8, 9, 10 (make-up Saturday) and 12 October.
        Assert.Equal(new DateOnly(2026, 9, 30), window.FirstDay);
        Assert.Equal(new DateOnly(2026, 10, 12), window.LastDay);
        Assert.Equal(new DateTimeOffset(2026, 10, 12, 16, 0, 0, TimeSpan.Zero), window.ClosesAt);
        Assert.Empty(window.YearsWithoutSchedule);
    }

    [Fact]
    public void Window_AcrossLabourDay_CountsMakeUpSaturdayNineMay()
    {
        var window = _calendar.Window(new DateOnly(2026, 4, 30), 5);

        // 30 April, then 6, 7, 8 and 9 (make-up Saturday) May.
        Assert.Equal(new DateOnly(2026, 5, 9), window.LastDay);
    }

    [Fact]
    public void Window_OverMidAutumnMakeUpSunday_CountsTwentySeptember()
    {
        var window = _calendar.Window(new DateOnly(2026, 9, 18), 3);

        // Friday 18, Sunday 20 (make-up) and Monday 21 September.
        Assert.Equal(new DateOnly(2026, 9, 21), window.LastDay);
    }

    [Fact]
    public void Window_OpeningOnSaturdayBeforeMidAutumnMakeUpSunday_StartsOnThatSunday()
    {
        var window = _calendar.Window(new DateOnly(2026, 9, 19), 1);

        Assert.Equal(new DateOnly(2026, 9, 20), window.FirstDay);
        Assert.Equal(new DateOnly(2026, 9, 20), window.LastDay);
        Assert.Equal(new DateTimeOffset(2026, 9, 20, 16, 0, 0, TimeSpan.Zero), window.ClosesAt);
    }

    [Fact]
    public void Window_AcrossQingming_SkipsTheLongWeekend()
    {
        var window = _calendar.Window(new DateOnly(2026, 4, 3), 2);

        Assert.Equal(new DateOnly(2026, 4, 7), window.LastDay);
    }

    [Fact]
    public void Window_IntoAYearWithoutSchedule_FallsBackToMondayToFridayAndSaysSo()
    {
        var window = _calendar.Window(new DateOnly(2026, 12, 28), 10);

        // 28 to 31 December, Friday 1 January 2027 (no schedule, so a working day), then 4 to 8 January.
        Assert.Equal(new DateOnly(2026, 12, 28), window.FirstDay);
        Assert.Equal(new DateOnly(2027, 1, 8), window.LastDay);
        Assert.Equal([2027], window.YearsWithoutSchedule);
    }

    [Fact]
    public void Window_FromAYearWithoutSchedule_UsesTheScheduleOnceItsYearBegins()
    {
        var window = _calendar.Window(new DateOnly(2025, 12, 29), 5);

        // 29 to 31 December 2025, then Sunday 4 January (make-up) and Monday 5 January 2026.
        Assert.Equal(new DateOnly(2026, 1, 5), window.LastDay);
        Assert.Equal([2025], window.YearsWithoutSchedule);
    }

    [Fact]
    public void Window_WithoutAnySchedule_CountsMondayToFriday()
    {
        var window = new WorkingDayCalendar([]).Window(new DateOnly(2026, 2, 13), 5);

        Assert.Equal(new DateOnly(2026, 2, 19), window.LastDay);
        Assert.Equal([2026], window.YearsWithoutSchedule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(WorkingDayCalendar.MaxWorkingDays + 1)]
    public void Window_OfNoOrTooManyWorkingDays_IsRefused(int workingDays) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.Window(new DateOnly(2026, 3, 2), workingDays));

    [Fact]
    public void Window_OfTheMostWorkingDays_IsCounted() =>
        Assert.Equal(WorkingDayCalendar.MaxWorkingDays, _calendar.Window(new DateOnly(2026, 3, 2), WorkingDayCalendar.MaxWorkingDays).WorkingDays);

    [Theory]
    [InlineData(-1)]
    [InlineData(WorkingDayCalendar.MaxWorkingDays + 1)]
    public void AddWorkingDays_OfANegativeOrTooLargeCount_IsRefused(int workingDays) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(new DateOnly(2026, 3, 2), workingDays));

    [Fact]
    public void AddWorkingDays_OfZero_IsTheSameDayEvenOnAHoliday() =>
        Assert.Equal(new DateOnly(2026, 10, 1), _calendar.AddWorkingDays(new DateOnly(2026, 10, 1), 0));

    [Fact]
    public void WorkingDaysBetween_SpringFestival_CountsOnlyMakeUpSaturdays() =>
        // (13 Feb, 28 Feb]: 14 (make-up Saturday), 24, 25, 26, 27 and 28 (make-up Saturday).
        Assert.Equal(6, _calendar.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 28)));

    [Fact]
    public void WorkingDaysBetween_BackwardsOrSameDay_IsZero()
    {
        Assert.Equal(0, _calendar.WorkingDaysBetween(new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 2)));
        Assert.Equal(0, _calendar.WorkingDaysBetween(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void WorkingDaysBetween_Whole2026_IsWeekdaysLessWeekdayHolidaysPlusMakeUpDays()
    {
        var (endOf2025, endOf2026) = (new DateOnly(2025, 12, 31), new DateOnly(2026, 12, 31));

        // 261 weekdays (52 weeks and Thursday 31 December), 19 of them holidays, and 6 make-up weekend days.
        Assert.Equal(261 - 19 + 6, _calendar.WorkingDaysBetween(endOf2025, endOf2026));
        Assert.Equal(CountByDay(endOf2025, endOf2026), _calendar.WorkingDaysBetween(endOf2025, endOf2026));
    }

    [Fact]
    public void YearsWithoutSchedule_AcrossSeveralYears_ListsThoseNotLoadedAscending()
    {
        Assert.Equal([2025, 2027, 2028], _calendar.YearsWithoutSchedule(new DateOnly(2025, 6, 1), new DateOnly(2028, 1, 1)));
        Assert.Empty(_calendar.YearsWithoutSchedule(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Empty(_calendar.YearsWithoutSchedule(new DateOnly(2027, 1, 2), new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Constructor_WithTwoSchedulesForOneYear_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([ChinaHolidaySchedules.Year2026, HolidaySchedule.Create(2026, [], [], null)]));

    [Fact]
    public void LoadedYears_ListsScheduledYearsAscending()
    {
        var calendar = new WorkingDayCalendar([ChinaHolidaySchedules.Year2026, HolidaySchedule.Create(2025, [], [], null)]);

        Assert.Equal([2025, 2026], calendar.LoadedYears);
        Assert.True(calendar.HasScheduleFor(2025));
        Assert.False(calendar.HasScheduleFor(2027));
    }

    private int CountByDay(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += _calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }
}
