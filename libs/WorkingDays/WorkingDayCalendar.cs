namespace AlliancePlatform.WorkingDays;

/// <summary>
/// Working days as the province counts them: in a year whose holiday schedule is loaded, holidays are off and make-up
/// weekend days are worked; otherwise, and in a year with no schedule, Monday to Friday.
/// </summary>
public sealed class WorkingDayCalendar : IWorkingDays
{
    /// <summary>The longest window or step counted, in working days: about four years, far beyond any stage.</summary>
    public const int MaxWorkingDays = 1000;

    private readonly Dictionary<int, HolidaySchedule> _schedules = [];

    public WorkingDayCalendar(IEnumerable<HolidaySchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        foreach (var schedule in schedules)
        {
            ArgumentNullException.ThrowIfNull(schedule, nameof(schedules));
            if (!_schedules.TryAdd(schedule.Year, schedule))
            {
                throw new ArgumentException($"More than one holiday schedule for {schedule.Year}.", nameof(schedules));
            }
        }

        LoadedYears = [.. _schedules.Keys.Order()];
    }

    /// <summary>The years with a holiday schedule, ascending.</summary>
    public IReadOnlyList<int> LoadedYears { get; }

    public bool HasScheduleFor(int year) => _schedules.ContainsKey(year);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_schedules.TryGetValue(day.Year, out var schedule))
        {
            if (schedule.Holidays.Contains(day))
            {
                return false;
            }

            if (schedule.MakeUpWorkingDays.Contains(day))
            {
                return true;
            }
        }

        return !HolidaySchedule.IsWeekend(day);
    }

    public WorkingDayWindow Window(DateOnly opensOn, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);

        var firstDay = IsWorkingDay(opensOn) ? opensOn : AddWorkingDays(opensOn, 1);
        var lastDay = AddWorkingDays(firstDay, workingDays - 1);
        return new WorkingDayWindow(
            opensOn, firstDay, lastDay, workingDays, EndOfDayInChina(lastDay), YearsWithoutSchedule(opensOn, lastDay));
    }

    /// <summary>The <paramref name="workingDays"/>-th working day strictly after <paramref name="from"/>; <paramref name="from"/> itself for 0.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);

        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        // Counted arithmetically, then corrected by the schedules, so that any span costs the same.
        var count = WeekdaysThrough(to) - WeekdaysThrough(from);
        foreach (var schedule in _schedules.Values.Where(s => s.Year >= from.Year && s.Year <= to.Year))
        {
            count -= schedule.Holidays.Count(day => day > from && day <= to && !HolidaySchedule.IsWeekend(day));
            count += schedule.MakeUpWorkingDays.Count(day => day > from && day <= to);
        }

        return count;
    }

    /// <summary>The years of the days from <paramref name="from"/> to <paramref name="to"/> (both included) that have no schedule, ascending.</summary>
    public IReadOnlyList<int> YearsWithoutSchedule(DateOnly from, DateOnly to) =>
        to < from ? [] : [.. Enumerable.Range(from.Year, to.Year - from.Year + 1).Where(year => !HasScheduleFor(year))];

    /// <summary>24:00 Asia/Shanghai (UTC+8 all year since 1991) of the day, i.e. the start of the next.</summary>
    private static DateTimeOffset EndOfDayInChina(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

    /// <summary>Mondays to Fridays from 0001-01-01, a Monday, through <paramref name="day"/>.</summary>
    private static int WeekdaysThrough(DateOnly day)
    {
        var days = day.DayNumber + 1;
        return days / 7 * 5 + Math.Min(days % 7, 5);
    }
}
