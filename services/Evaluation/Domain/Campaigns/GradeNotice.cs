namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The department meeting that decided the grades (Art 22: 提请厅会议审议).</summary>
/// <param name="MeetingReference">The meeting's minutes or session reference, e.g. 2026年第9次厅务会.</param>
public sealed record DepartmentMeetingDecision(DateOnly MeetingOn, string MeetingReference);

/// <summary>The public notice of the grades (评价结果公示, Art 23): at least 5 working days, counted by the holiday schedule.</summary>
public sealed class GradeNotice
{
    private GradeNotice()
    {
    }

    public Guid Id { get; private init; }
    public DateOnly OpensOn { get; private init; }
    /// <summary>Working day 1 of the notice.</summary>
    public DateOnly FirstDay { get; private init; }
    /// <summary>The last working day of the notice.</summary>
    public DateOnly LastDay { get; private init; }
    public int WorkingDays { get; private init; }
    /// <summary>24:00 (Asia/Shanghai) of <see cref="LastDay"/>.</summary>
    public DateTimeOffset ClosesAt { get; private init; }
    /// <summary>Years the notice touches with no holiday schedule loaded, so counted Monday–Friday (worth a warning).</summary>
    public string YearsWithoutSchedule { get; private init; } = "";

    public bool IsOpenAt(DateTimeOffset now) => now < ClosesAt;

    internal static GradeNotice Start(WorkingDayWindow window, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OpensOn = window.OpensOn,
        FirstDay = window.FirstDay,
        LastDay = window.LastDay,
        WorkingDays = window.WorkingDays,
        ClosesAt = window.ClosesAt.ToUniversalTime(),
        YearsWithoutSchedule = string.Join(",", window.YearsWithoutSchedule.Select(EvaluationRules.Number)),
    };
}
