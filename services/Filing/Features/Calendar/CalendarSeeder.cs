using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Features.Calendar;

/// <summary>
/// Loads the schedules published so far (2026) into an empty year; a year the admin division has edited is left alone.
/// Replicas starting together insert at most once, and the one that inserts announces the year through the outbox in
/// the same transaction.
/// </summary>
internal sealed class CalendarSeeder(IOutbox outbox, TimeProvider clock) : IDatabaseSeeder<FilingDbContext>
{
    public async Task SeedAsync(FilingDbContext db, CancellationToken cancellationToken)
    {
        foreach (var schedule in ChinaHolidaySchedules.All)
        {
            DateOnly[] holidays = [.. schedule.Holidays];
            DateOnly[] makeUp = [.. schedule.MakeUpWorkingDays];
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var inserted = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO holiday_schedules (year, holidays, make_up_working_days, source, updated_at, updated_by)
                VALUES ({schedule.Year}, {holidays}, {makeUp}, {schedule.Source}, {now}, 'system')
                ON CONFLICT (year) DO NOTHING
                """, cancellationToken);
            if (inserted == 1)
            {
                var row = await db.HolidaySchedules.AsNoTracking().SingleAsync(s => s.Year == schedule.Year, cancellationToken);
                outbox.ScheduleChanged(row, now);
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
