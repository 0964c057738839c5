using AlliancePlatform.Filing.Domain;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>A working-day calendar for tests: Monday to Friday, minus the holidays marked on it.</summary>
internal sealed class MondayToFridayCalendar : IWorkingDays
{
    private readonly HashSet<DateOnly> _holidays = [];

    public MondayToFridayCalendar WithHolidays(params DateOnly[] holidays)
    {
        _holidays.UnionWith(holidays);
        return this;
    }

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    public WorkingDayWindow Window(DateOnly opensOn, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var first = opensOn;
        while (!IsWorkingDay(first))
        {
            first = first.AddDays(1);
        }

        var last = first;
        for (var counted = 1; counted < workingDays;)
        {
            last = last.AddDays(1);
            if (IsWorkingDay(last))
            {
                counted++;
            }
        }
        return new WorkingDayWindow(opensOn, first, last, workingDays, ChinaTime.EndOf(last), []);
    }

    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }
}
