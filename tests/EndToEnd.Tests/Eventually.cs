namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Polls until a condition holds: events arrive asynchronously, so their effects are awaited, not assumed.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        T last;
        do
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"{what} did not happen within {within.TotalSeconds} s; last seen: {last}");
    }
}
