namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// Working days by the national holiday schedules Reporting keeps (domain.md §3), counted as Filing counts them: holidays
/// off, make-up weekend days worked, and Monday–Friday in a year without a schedule.
/// </summary>
/// <param name="countedWithoutSchedule">Told the years counted Monday–Friday for want of a schedule, e.g. to log them.</param>
public sealed class ScheduledWorkingDays(WorkingDayCalendar calendar, Action<IReadOnlyList<int>>? countedWithoutSchedule = null) : IWorkingDayCounter
{
    public int WorkingDaysBetween(DateOnly from, DateOnly to) => calendar.WorkingDaysBetween(from, to);

    public IReadOnlyList<int> YearsWithoutSchedule(DateOnly from, DateOnly to)
    {
        var missing = calendar.YearsWithoutSchedule(from, to);
        if (missing.Count > 0)
        {
            countedWithoutSchedule?.Invoke(missing);
        }
        return missing;
    }
}
