namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>Exponential backoff with a ceiling, so a returning broker is noticed within <see cref="Max"/>.</summary>
public sealed record RetryBackoff(TimeSpan Initial, TimeSpan Max)
{
    public static RetryBackoff Default { get; } = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));

    public TimeSpan Delay(int attempts)
    {
        if (attempts <= 1)
        {
            return Initial;
        }
        var exponent = Math.Min(attempts - 1, 20);
        var ticks = Initial.Ticks * Math.Pow(2, exponent);
        return ticks >= Max.Ticks ? Max : TimeSpan.FromTicks((long)ticks);
    }
}
