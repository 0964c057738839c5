using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>
/// A year's national holiday schedule (节假日安排: days off and make-up working days, 调休) was loaded or corrected, so
/// deadlines counted in working days change with it (domain.md §3). It carries the whole year, not a difference: a
/// subscriber keeps the copy with the latest <paramref name="UpdatedAt"/> and ignores an older one arriving late.
/// </summary>
/// <param name="Holidays">Days off, ascending; some fall on weekends.</param>
/// <param name="MakeUpWorkingDays">Saturdays and Sundays worked, ascending.</param>
/// <param name="Source">Who published the schedule and when, e.g. 国务院办公厅, 2025-11-04.</param>
/// <param name="UpdatedAt">When Filing saved this version of the year; orders the versions of one year.</param>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record HolidayScheduleChanged(
    int Year,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<DateOnly> MakeUpWorkingDays,
    string? Source,
    DateTimeOffset UpdatedAt,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.holiday-schedule-changed.v1";
}
