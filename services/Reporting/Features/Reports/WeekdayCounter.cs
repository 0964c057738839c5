using AlliancePlatform.Reporting.Domain;

namespace AlliancePlatform.Reporting.Features.Reports;

/// <summary>
/// Working days as Monday to Friday. The national holiday schedule is edited in Filing and does not reach Reporting
/// yet; until it does, "working days left" before a deadline ignores holidays and make-up working days.
/// </summary>
internal sealed class WeekdayCounter : IWorkingDayCounter
{
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }
        return count;
    }
}
