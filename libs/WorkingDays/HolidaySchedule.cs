using System.Collections.ObjectModel;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.WorkingDays;

/// <summary>
/// One year's national holiday schedule as the State Council publishes it: the days off, and the weekend days worked
/// in exchange (调休上班日).
/// </summary>
public sealed class HolidaySchedule
{
    private HolidaySchedule(int year, SortedSet<DateOnly> holidays, SortedSet<DateOnly> makeUpWorkingDays, string? source)
    {
        Year = year;
        Holidays = new ReadOnlySet<DateOnly>(holidays);
        MakeUpWorkingDays = new ReadOnlySet<DateOnly>(makeUpWorkingDays);
        Source = source;
    }

    public int Year { get; }
    /// <summary>Days off, in date order; some fall on weekends.</summary>
    public IReadOnlySet<DateOnly> Holidays { get; }
    /// <summary>Saturdays and Sundays worked in exchange for days off, in date order.</summary>
    public IReadOnlySet<DateOnly> MakeUpWorkingDays { get; }
    /// <summary>Who published the schedule and when, e.g. "国务院办公厅, 2025-11-04".</summary>
    public string? Source { get; }

    public static HolidaySchedule Create(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays, string? source)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(makeUpWorkingDays);
        Require(year is >= HolidayScheduleRules.FirstYear and <= HolidayScheduleRules.LastYear, HolidayScheduleRules.YearOutOfRange(year));

        var offDays = new SortedSet<DateOnly>(holidays);
        var workedDays = new SortedSet<DateOnly>(makeUpWorkingDays);
        foreach (var day in offDays.Concat(workedDays).Order())
        {
            Require(day.Year == year, HolidayScheduleRules.DateOutsideYear(year, day));
        }

        foreach (var day in workedDays)
        {
            Require(!offDays.Contains(day), HolidayScheduleRules.DayBothHolidayAndWorkday(day));
            Require(IsWeekend(day), HolidayScheduleRules.MakeUpDayNotWeekend(day));
        }

        return new HolidaySchedule(year, offDays, workedDays, string.IsNullOrWhiteSpace(source) ? null : source.Trim());
    }

    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static void Require(bool condition, RuleViolation violation)
    {
        if (!condition)
        {
            throw new RuleViolationException(violation);
        }
    }
}
