using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Reporting.Features.Calendar;

/// <summary>The working-day calendar from Reporting's own copy of the holiday schedules, read per request (a handful of rows).</summary>
internal sealed class ReportingCalendar(ReportingDbContext db, ILogger<ReportingCalendar> logger)
{
    public async Task<IWorkingDayCounter> LoadAsync(CancellationToken cancellationToken)
    {
        var copies = await db.Set<HolidayScheduleCopy>().AsNoTracking().ToListAsync(cancellationToken);
        return new ScheduledWorkingDays(
            new WorkingDayCalendar(copies.Select(c => c.ToSchedule())),
            years => logger.LogWarning("No holiday schedule is loaded for {Years}: working days were counted Monday to Friday", string.Join(", ", years)));
    }
}

/// <summary>
/// Starts an empty copy with the schedules built into the platform, so a Reporting that has not yet heard from Filing (or
/// was deployed after Filing announced them) still counts them; whatever Filing announces replaces them.
/// </summary>
internal sealed class BuiltInCalendarSeeder : IDatabaseSeeder<ReportingDbContext>
{
    public async Task SeedAsync(ReportingDbContext db, CancellationToken cancellationToken)
    {
        foreach (var copy in ChinaHolidaySchedules.All.Select(HolidayScheduleCopy.BuiltIn))
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO holiday_schedules (year, holidays, make_up_working_days, source, updated_at)
                VALUES ({copy.Year}, {copy.Holidays}, {copy.MakeUpWorkingDays}, {copy.Source}, NULL)
                ON CONFLICT (year) DO NOTHING
                """, cancellationToken);
        }
    }
}
