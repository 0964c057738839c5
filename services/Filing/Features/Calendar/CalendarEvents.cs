using System.Globalization;
using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Filing.Features.Calendar;

/// <summary>Every saved version of a year's holiday schedule is announced, in the same unit of work that saves it.</summary>
internal static class CalendarEvents
{
    public static void ScheduleChanged(this IOutbox outbox, HolidayScheduleRow row, DateTimeOffset now) =>
        outbox.Add(
            new HolidayScheduleChanged(row.Year, [.. row.Holidays.Order()], [.. row.MakeUpWorkingDays.Order()], row.Source, row.UpdatedAt, now),
            $"holiday-schedule:{row.Year.ToString(CultureInfo.InvariantCulture)}");
}
