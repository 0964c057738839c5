using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Features.Calendar;

/// <summary>The working-day calendar as the admin division last edited it, read per request (a handful of rows).</summary>
internal sealed class CalendarSource(FilingDbContext db, ILogger<CalendarSource> logger)
{
    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<HolidayScheduleRow>().AsNoTracking().ToListAsync(cancellationToken);
        return new WorkingDayCalendar(rows.Select(ToSchedule));
    }

    /// <summary>A window for a deadline; a year without a schedule is counted Monday–Friday, and said so in the log.</summary>
    public async Task<WorkingDayWindow> WindowAsync(DateOnly opensOn, int workingDays, CancellationToken cancellationToken)
    {
        var window = (await LoadAsync(cancellationToken)).Window(opensOn, workingDays);
        if (window.YearsWithoutSchedule.Count > 0)
        {
            logger.LogWarning(
                "No holiday schedule is loaded for {Years}: the window opening {OpensOn} was counted Monday to Friday",
                string.Join(", ", window.YearsWithoutSchedule), opensOn);
        }
        return window;
    }

    public static HolidaySchedule ToSchedule(HolidayScheduleRow row) =>
        HolidaySchedule.Create(row.Year, row.Holidays, row.MakeUpWorkingDays, row.Source);
}
