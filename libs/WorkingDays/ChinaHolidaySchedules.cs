namespace AlliancePlatform.WorkingDays;

/// <summary>The national holiday schedules published by the General Office of the State Council (国务院办公厅).</summary>
public static class ChinaHolidaySchedules
{
    public static HolidaySchedule Year2026 { get; } = HolidaySchedule.Create(
        2026,
        [
            .. Days(2026, 1, 1, 3),   // 元旦
            .. Days(2026, 2, 15, 23), // 春节
            .. Days(2026, 4, 4, 6),   // 清明节
            .. Days(2026, 5, 1, 5),   // 劳动节
            .. Days(2026, 6, 19, 21), // 端午节
            .. Days(2026, 9, 25, 27), // 中秋节
            .. Days(2026, 10, 1, 7),  // 国庆节
        ],
        [
            new DateOnly(2026, 1, 4),
            new DateOnly(2026, 2, 14),
            new DateOnly(2026, 2, 28),
            new DateOnly(2026, 5, 9),
            new DateOnly(2026, 9, 20),
            new DateOnly(2026, 10, 10),
        ],
        "国务院办公厅, 2025-11-04");

    /// <summary>Every schedule published so far, oldest first: what a new database starts with.</summary>
    public static IReadOnlyList<HolidaySchedule> All { get; } = [Year2026];

    private static IEnumerable<DateOnly> Days(int year, int month, int firstDay, int lastDay) =>
        Enumerable.Range(firstDay, lastDay - firstDay + 1).Select(day => new DateOnly(year, month, day));
}
