using AlliancePlatform.Evaluation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.Calendar;

/// <summary>The working-day calendar from Evaluation's copy of the holiday schedules (a handful of rows, read when needed).</summary>
internal sealed class EvaluationCalendar(EvaluationDbContext db)
{
    public async Task<IWorkingDays> LoadAsync(CancellationToken cancellationToken)
    {
        var copies = await db.Set<HolidayScheduleCopy>().AsNoTracking().ToListAsync(cancellationToken);
        return new WorkingDayCalendar(copies.Select(c => c.ToSchedule()));
    }
}
