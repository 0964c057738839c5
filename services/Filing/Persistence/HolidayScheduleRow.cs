namespace AlliancePlatform.Filing.Persistence;

/// <summary>A year's holiday schedule as stored; <see cref="Domain.HolidaySchedule"/> checks it on the way in and out.</summary>
public sealed class HolidayScheduleRow
{
    public int Year { get; init; }
    public DateOnly[] Holidays { get; set; } = [];
    public DateOnly[] MakeUpWorkingDays { get; set; } = [];
    public string? Source { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
