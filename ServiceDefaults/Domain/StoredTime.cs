namespace AlliancePlatform.ServiceDefaults.Domain;

public static class StoredTime
{
    /// <summary>
    /// Truncates to the microsecond PostgreSQL keeps, so the time an API answers with is the time later reads return.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(this DateTimeOffset time) =>
        time.AddTicks(-(time.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
}
