using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Features.Calendar;

/// <summary>
/// Loads the schedules published so far (2026) into an empty year; a year the admin division has edited is left alone.
/// Replicas starting together insert at most once.
/// </summary>
internal sealed class CalendarSeeder(TimeProvider clock) : IDatabaseSeeder<FilingDbContext>
{
    public async Task SeedAsync(FilingDbContext db, CancellationToken cancellationToken)
    {
        foreach (var schedule in new[] { ChinaHolidaySchedules.Year2026 })
        {
            DateOnly[] holidays = [.. schedule.Holidays];
            DateOnly[] makeUp = [.. schedule.MakeUpWorkingDays];
            var now = clock.GetUtcNow();
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO holiday_schedules (year, holidays, make_up_working_days, source, updated_at, updated_by)
                VALUES ({schedule.Year}, {holidays}, {makeUp}, {schedule.Source}, {now}, 'system')
                ON CONFLICT (year) DO NOTHING
                """, cancellationToken);
        }
    }
}
