namespace AlliancePlatform.Reporting.Domain;

/// <summary>What reporting needs from the working-day calendar (national holidays with their make-up working days); the real calendar is plugged in by the host.</summary>
public interface IWorkingDayCounter
{
    /// <summary>Working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>; 0 when <paramref name="to"/> ≤ <paramref name="from"/>.</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);
}
