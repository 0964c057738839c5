using System.Globalization;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.WorkingDays;

/// <summary>
/// The rules a year's holiday schedule (节假日安排) is checked against when it is loaded. The article is Art 11 because
/// the working-day deadlines of its review stages are what the schedule is for.
/// </summary>
public static class HolidayScheduleRules
{
    public const string Article = "Art 11";
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static RuleViolation YearOutOfRange(int year) => new(
        "calendar.year_out_of_range", Article,
        $"节假日安排的年份{year}不在{FirstYear}至{LastYear}年之间。",
        $"The holiday schedule year {year} is not between {FirstYear} and {LastYear}.");

    public static RuleViolation DateOutsideYear(int year, DateOnly day) => new(
        "calendar.date_outside_year", Article,
        $"{Text(day)}不在{year}年内，不能列入{year}年的节假日安排。",
        $"{Text(day)} is not in {year}, so it cannot be in the {year} holiday schedule.");

    public static RuleViolation DayBothHolidayAndWorkday(DateOnly day) => new(
        "calendar.day_both_holiday_and_workday", Article,
        $"{Text(day)}不能既是放假日又是调休上班日。",
        $"{Text(day)} cannot be both a holiday and a make-up working day.");

    public static RuleViolation MakeUpDayNotWeekend(DateOnly day) => new(
        "calendar.make_up_day_not_weekend", Article,
        $"调休上班日{Text(day)}不是周六或周日。",
        $"The make-up working day {Text(day)} is not a Saturday or Sunday.");

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
