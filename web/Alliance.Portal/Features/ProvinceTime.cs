namespace AlliancePlatform.Portal.Features;

/// <summary>Calendar dates as the province counts them (Asia/Shanghai, UTC+8 all year), as the services' ChinaTime does.</summary>
public static class ProvinceTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Offset).DateTime);

    /// <summary>Today in Heilongjiang, by the portal's own clock (what date inputs start from).</summary>
    public static DateOnly Today => DateOf(DateTimeOffset.UtcNow);
}
