using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The public notice of the alliance proposed for filing (Art 11-7), with its exact opening and closing dates.</summary>
public sealed class PublicNotice
{
    private readonly List<int> _yearsWithoutSchedule = [];

    private PublicNotice()
    {
    }

    public Guid Id { get; private init; }
    /// <summary>The day the notice was published.</summary>
    public DateOnly OpensOn { get; private init; }
    /// <summary>Working day 1 of the notice period.</summary>
    public DateOnly FirstDay { get; private init; }
    /// <summary>The last working day of the notice period.</summary>
    public DateOnly LastDay { get; private init; }
    public int WorkingDays { get; private init; }
    /// <summary>24:00 (Asia/Shanghai) of <see cref="LastDay"/>: objections are accepted until then.</summary>
    public DateTimeOffset ClosesAt { get; private init; }
    public DateTimeOffset StartedAt { get; private init; }
    /// <summary>Years the period touches for which no holiday schedule was loaded, so counted Monday–Friday.</summary>
    public IReadOnlyList<int> YearsWithoutSchedule => _yearsWithoutSchedule;

    public bool IsOpenAt(DateTimeOffset now) => now < ClosesAt;

    internal static PublicNotice Start(WorkingDayWindow window, DateTimeOffset now)
    {
        var notice = new PublicNotice
        {
            Id = Guid.CreateVersion7(now),
            OpensOn = window.OpensOn,
            FirstDay = window.FirstDay,
            LastDay = window.LastDay,
            WorkingDays = window.WorkingDays,
            ClosesAt = window.ClosesAt.ToUniversalTime(),
            StartedAt = now.ToStoredPrecision(),
        };
        notice._yearsWithoutSchedule.AddRange(window.YearsWithoutSchedule);
        return notice;
    }
}
