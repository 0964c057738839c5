using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Tests.Calendar;

public class HolidayScheduleTests
{
    [Fact]
    public void Year2026_HoldsThePublishedSchedule()
    {
        var schedule = ChinaHolidaySchedules.Year2026;

        Assert.Equal(2026, schedule.Year);
        Assert.Equal(3 + 9 + 3 + 5 + 3 + 3 + 7, schedule.Holidays.Count);
        Assert.Equal(
            [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new DateOnly(2026, 10, 10)],
            schedule.MakeUpWorkingDays);
        Assert.Equal("国务院办公厅, 2025-11-04", schedule.Source);
    }

    [Fact]
    public void Create_WithRepeatedDaysAndABlankSource_KeepsEachDayOnceAndNoSource()
    {
        var schedule = HolidaySchedule.Create(2026, [new(2026, 1, 1), new(2026, 1, 1)], [], "  ");

        Assert.Equal([new DateOnly(2026, 1, 1)], schedule.Holidays);
        Assert.Empty(schedule.MakeUpWorkingDays);
        Assert.Null(schedule.Source);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Create_ForAYearOutside2000To2100_IsRejected(int year) =>
        AssertRejected(() => HolidaySchedule.Create(year, [], [], null), "calendar.year_out_of_range", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Create_WithAHolidayInAnotherYear_IsRejected() =>
        AssertRejected(() => HolidaySchedule.Create(2026, [new(2025, 12, 31), new(2026, 1, 1)], [], null),
            "calendar.date_outside_year", "2025-12-31");

    [Fact]
    public void Create_WithAMakeUpWorkingDayInAnotherYear_IsRejected() =>
        AssertRejected(() => HolidaySchedule.Create(2026, [new(2026, 1, 1)], [new(2027, 1, 2)], null),
            "calendar.date_outside_year", "2027-01-02");

    [Fact]
    public void Create_WithADayBothHolidayAndMakeUpWorkingDay_IsRejected() =>
        AssertRejected(() => HolidaySchedule.Create(2026, [new(2026, 2, 14)], [new(2026, 2, 14)], null),
            "calendar.day_both_holiday_and_workday", "2026-02-14");

    [Fact]
    public void Create_WithAMakeUpWorkingDayOnAMonday_IsRejected() =>
        AssertRejected(() => HolidaySchedule.Create(2026, [], [new(2026, 2, 14), new(2026, 2, 16)], null),
            "calendar.make_up_day_not_weekend", "2026-02-16");

    private static void AssertRejected(Action create, string code, string offendingValue)
    {
        var violation = Assert.Throws<RuleViolationException>(create).Violation;
        Assert.Equal(code, violation.Code);
        Assert.Equal("Art 11", violation.Article);
        Assert.Equal(RuleKind.Unprocessable, violation.Kind);
        Assert.Contains(offendingValue, violation.Message, StringComparison.Ordinal);
        Assert.Contains(offendingValue, violation.MessageEn, StringComparison.Ordinal);
    }
}
