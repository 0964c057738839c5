using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Messaging;

/// <summary>Keeps Evaluation's copy of each year's holiday schedule (for the grades' public notice, Art 23) as Filing last announced it.</summary>
internal sealed class HolidayScheduleChangedConsumer(EvaluationDbContext db, IInbox inbox, ILogger<HolidayScheduleChangedConsumer> logger)
    : IdempotentConsumer<HolidayScheduleChanged>(inbox, logger)
{
    protected override string ConsumerName => "evaluation.holiday-schedule-changed";

    protected override async Task ApplyAsync(HolidayScheduleChanged message, CancellationToken cancellationToken)
    {
        var schedule = HolidaySchedule.Create(message.Year, message.Holidays ?? [], message.MakeUpWorkingDays ?? [], message.Source);
        await db.Database.SqlQuery<int>($"SELECT year AS \"Value\" FROM holiday_schedules WHERE year = {message.Year} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var copy = await db.Set<HolidayScheduleCopy>().SingleOrDefaultAsync(s => s.Year == message.Year, cancellationToken);
        if (copy is null)
        {
            db.Add(HolidayScheduleCopy.Announced(schedule, message.UpdatedAt));
        }
        else if (!copy.Apply(schedule, message.UpdatedAt))
        {
            logger.LogInformation("Holiday schedule of {Year} saved at {UpdatedAt} is not newer than the copy kept: ignored", message.Year, message.UpdatedAt);
        }
    }
}
