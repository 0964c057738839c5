using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.WorkingDays;

/// <summary>
/// A service's copy of a year's national holiday schedule, kept from Filing's <c>HolidayScheduleChanged</c> events (the
/// admin division edits it there), so that the service counts working days as Filing's deadlines do (domain.md §3):
/// Reporting's "working days left" before the annual report's due day, Evaluation's public notice of grades. A copy
/// taken from the schedules built into the platform has no <see cref="UpdatedAt"/>: any version announced by Filing
/// replaces it.
/// </summary>
public sealed class HolidayScheduleCopy
{
    private HolidayScheduleCopy()
    {
    }

    public int Year { get; private set; }
    public DateOnly[] Holidays { get; private set; } = [];
    public DateOnly[] MakeUpWorkingDays { get; private set; } = [];
    public string? Source { get; private set; }
    /// <summary>When Filing saved this version; null for the built-in schedule.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    public static HolidayScheduleCopy BuiltIn(HolidaySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var copy = new HolidayScheduleCopy { Year = schedule.Year };
        copy.Take(schedule);
        return copy;
    }

    /// <summary>A new year, as Filing announced it (checked again by <see cref="HolidaySchedule.Create"/>).</summary>
    public static HolidayScheduleCopy Announced(HolidaySchedule schedule, DateTimeOffset updatedAt)
    {
        var copy = BuiltIn(schedule);
        copy.UpdatedAt = updatedAt.ToUniversalTime().ToStoredPrecision();
        return copy;
    }

    /// <summary>
    /// Replaces the copy with a version Filing announced, unless it is not newer than the one kept (events of one year may
    /// arrive late or twice): false, changing nothing, then.
    /// </summary>
    public bool Apply(HolidaySchedule schedule, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Year != Year)
        {
            throw new ArgumentException($"The schedule of {schedule.Year} cannot replace the one of {Year}.", nameof(schedule));
        }
        if (UpdatedAt is { } kept && updatedAt.ToUniversalTime().ToStoredPrecision() <= kept)
        {
            return false;
        }

        Take(schedule);
        UpdatedAt = updatedAt.ToUniversalTime().ToStoredPrecision();
        return true;
    }

    public HolidaySchedule ToSchedule() => HolidaySchedule.Create(Year, Holidays, MakeUpWorkingDays, Source);

    private void Take(HolidaySchedule schedule)
    {
        Holidays = [.. schedule.Holidays];
        MakeUpWorkingDays = [.. schedule.MakeUpWorkingDays];
        Source = schedule.Source;
    }
}
