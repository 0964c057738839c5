using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.Calendar;

/// <summary>Starts an empty copy with the schedules built into the platform; whatever Filing announces replaces them.</summary>
internal sealed class BuiltInCalendarSeeder : IDatabaseSeeder<EvaluationDbContext>
{
    public async Task SeedAsync(EvaluationDbContext db, CancellationToken cancellationToken)
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
