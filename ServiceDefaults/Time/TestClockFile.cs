using System.Globalization;

namespace AlliancePlatform.ServiceDefaults.Time;

/// <summary>
/// The system clock moved by an offset read from a file, so that tests can let deadlines, notice windows and report
/// due dates pass in every process and replica at once. Only used when <c>Platform:Testing:ClockFile</c> is set, which
/// the test harness does and <c>./platform up</c> never does.
/// </summary>
public sealed class TestClockFile(string path) : TimeProvider
{
    public const string Setting = "Platform:Testing:ClockFile";
    private static readonly TimeSpan RereadAfter = TimeSpan.FromMilliseconds(100);

    private readonly Lock _lock = new();
    private TimeSpan _offset;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        lock (_lock)
        {
            if (now - _readAt > RereadAfter)
            {
                _offset = ReadOffset();
                _readAt = now;
            }
            return now + _offset;
        }
    }

    /// <summary>Moves every process reading <paramref name="path"/> to the real time plus <paramref name="offset"/>.</summary>
    public static void Write(string path, TimeSpan offset) =>
        File.WriteAllText(path, offset.Ticks.ToString(CultureInfo.InvariantCulture));

    private TimeSpan ReadOffset()
    {
        try
        {
            return File.Exists(path) ? TimeSpan.FromTicks(long.Parse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture)) : TimeSpan.Zero;
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            return _offset; // caught mid-write: keep the last offset read
        }
    }
}
