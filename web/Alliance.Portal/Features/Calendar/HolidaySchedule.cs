namespace AlliancePlatform.Portal.Features.Calendar;

/// <summary>Filing's <c>/api/filing/calendar/{year}</c>: a year's holidays and make-up working days, or that none is loaded.</summary>
/// <param name="Loaded">False when no schedule is loaded: the year is then counted Monday to Friday (<paramref name="Note"/> says so).</param>
public sealed record HolidaySchedule(
    int Year, bool Loaded, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkingDays, string? Source,
    DateTimeOffset? UpdatedAt, string? Note);

/// <summary>A day the calendar lists, with its kind: <see cref="CalendarEditor.Holiday"/> or <see cref="CalendarEditor.MakeUpWorkingDay"/>.</summary>
public sealed record CalendarDay(DateOnly Date, string Kind);
