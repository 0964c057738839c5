using AlliancePlatform.Filing.Domain;
using CsCheck;

namespace AlliancePlatform.Filing.Tests.Calendar;

/// <summary>Counting forward and counting between agree, across holidays, make-up days and years without a schedule.</summary>
public class WorkingDayCountingPropertyTests
{
    private static readonly WorkingDayCalendar Calendar = new([ChinaHolidaySchedules.Year2026]);

    // From mid-2025 (no schedule) through 2026 into 2027 (no schedule).
    private static readonly Gen<DateOnly> Day = Gen.Int[new DateOnly(2025, 6, 1).DayNumber, new DateOnly(2027, 6, 30).DayNumber]
        .Select(DateOnly.FromDayNumber);

    [Theory]
    [InlineData("2025-12-29")]
    [InlineData("2026-01-01")]
    [InlineData("2026-02-13")]
    [InlineData("2026-02-15")]
    [InlineData("2026-04-30")]
    [InlineData("2026-09-19")]
    [InlineData("2026-09-30")]
    [InlineData("2026-12-01")]
    public void WorkingDaysBetween_FromADayToNWorkingDaysLater_IsN(string start)
    {
        var from = DateOnly.ParseExact(start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        for (var n = 0; n <= 60; n++)
        {
            Assert.Equal(n, Calendar.WorkingDaysBetween(from, Calendar.AddWorkingDays(from, n)));
        }
    }

    [Fact]
    public void AddWorkingDays_AnyCount_LandsOnAWorkingDayThatCountsBackToIt() =>
        Gen.Select(Day, Gen.Int[0, 400]).Sample((from, n) =>
        {
            var to = Calendar.AddWorkingDays(from, n);
            Assert.Equal(n, Calendar.WorkingDaysBetween(from, to));
            Assert.True(n == 0 || Calendar.IsWorkingDay(to));
            Assert.True(n == 0 || Calendar.WorkingDaysBetween(from, to.AddDays(-1)) == n - 1);
        });

    [Fact]
    public void WorkingDaysBetween_AnySpan_EqualsCountingDayByDay() =>
        Gen.Select(Day, Gen.Int[-10, 800]).Sample((from, span) =>
        {
            var to = from.AddDays(span);
            var expected = 0;
            for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            {
                expected += Calendar.IsWorkingDay(day) ? 1 : 0;
            }

            Assert.Equal(expected, Calendar.WorkingDaysBetween(from, to));
        });

    [Fact]
    public void Window_AnyOpeningDay_HoldsExactlyItsWorkingDaysFromAWorkingFirstDay() =>
        Gen.Select(Day, Gen.Int[1, 400]).Sample((opensOn, workingDays) =>
        {
            var window = Calendar.Window(opensOn, workingDays);
            Assert.True(Calendar.IsWorkingDay(window.FirstDay));
            Assert.True(Calendar.IsWorkingDay(window.LastDay));
            Assert.Equal(0, Calendar.WorkingDaysBetween(opensOn.AddDays(-1), window.FirstDay.AddDays(-1)));
            Assert.Equal(workingDays, Calendar.WorkingDaysBetween(window.FirstDay.AddDays(-1), window.LastDay));
            Assert.Equal(ChinaTime.EndOf(window.LastDay), window.ClosesAt);
        });
}
