namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// What reporting needs from the working-day calendar (national holidays with their make-up working days, domain.md §3);
/// the host plugs in the schedules Filing announces. A year without a schedule is counted Monday–Friday.
/// </summary>
public interface IWorkingDayCounter
{
    /// <summary>Working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>; 0 when <paramref name="to"/> ≤ <paramref name="from"/>.</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);

    /// <summary>The years of the days from <paramref name="from"/> to <paramref name="to"/> (both included) with no schedule loaded, ascending.</summary>
    IReadOnlyList<int> YearsWithoutSchedule(DateOnly from, DateOnly to);
}
