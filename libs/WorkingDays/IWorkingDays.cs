namespace AlliancePlatform.WorkingDays;

/// <summary>What deadlines need from the working-day calendar (national holidays with their make-up working days).</summary>
public interface IWorkingDays
{
    bool IsWorkingDay(DateOnly day);

    /// <summary>
    /// A window of <paramref name="workingDays"/> working days opening on <paramref name="opensOn"/>: day 1 is the opening
    /// day when it is a working day, else the next working day; the window closes at 24:00 (Asia/Shanghai) of day N.
    /// </summary>
    WorkingDayWindow Window(DateOnly opensOn, int workingDays);

    /// <summary>Working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>; 0 when <paramref name="to"/> ≤ <paramref name="from"/>.</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);
}

/// <param name="YearsWithoutSchedule">Years the window touches for which no holiday schedule is loaded: counted Monday–Friday.</param>
public sealed record WorkingDayWindow(
    DateOnly OpensOn,
    DateOnly FirstDay,
    DateOnly LastDay,
    int WorkingDays,
    DateTimeOffset ClosesAt,
    IReadOnlyList<int> YearsWithoutSchedule);
