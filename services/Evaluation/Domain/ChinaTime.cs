namespace AlliancePlatform.Evaluation.Domain;

/// <summary>Calendar dates and day boundaries as the province counts them (Asia/Shanghai, UTC+8 all year).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(Offset).DateTime);

    /// <summary>00:00 of the day in Asia/Shanghai.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>24:00 of the day in Asia/Shanghai, i.e. the start of the next day.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));
}
