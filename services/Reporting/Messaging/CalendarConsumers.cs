using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Reporting.Messaging;

/// <summary>Keeps Reporting's copy of each year's holiday schedule as the admin division last saved it in Filing.</summary>
internal sealed class HolidayScheduleChangedConsumer(ReportingDbContext db, IInbox inbox, ILogger<HolidayScheduleChangedConsumer> logger)
    : IdempotentConsumer<HolidayScheduleChanged>(inbox, logger)
{
    protected override string ConsumerName => "reporting.holiday-schedule-changed";

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
