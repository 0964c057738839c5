namespace AlliancePlatform.Membership.Domain;

/// <summary>Calendar dates as the province counts them.</summary>
public static class ChinaTime
{
    // China Standard Time has been UTC+8 all year since 1991 (no daylight saving), so a fixed offset is exact.
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(Offset).DateTime);
}
