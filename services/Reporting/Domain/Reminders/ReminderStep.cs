namespace AlliancePlatform.Reporting.Domain;

/// <summary>Which side of the deadline a reminder is on; serialized in snake_case.</summary>
public enum ReminderPhase
{
    BeforeDeadline,
    AfterDeadline,
}

/// <summary>
/// One rung of the reminder ladder: <see cref="Days"/> days before or after the due day. <see cref="Key"/> is unique
/// within an obligation; the caller keeps the keys it fired, per alliance and year.
/// </summary>
public sealed record ReminderStep(ReminderPhase Phase, int Days)
{
    public string Key => Phase == ReminderPhase.BeforeDeadline
        ? FormattableString.Invariant($"before_{Days}d")
        : FormattableString.Invariant($"after_{Days}d");

    /// <summary>
    /// 00:00 Asia/Shanghai of the step's day; a step before the deadline never fires before the reporting year has ended,
    /// so a rung earlier than 1 January fires then.
    /// </summary>
    public DateTimeOffset FiresFrom(ReportingObligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        if (Phase == ReminderPhase.AfterDeadline)
        {
            return ChinaTime.StartOf(obligation.DueOn.AddDays(Days));
        }

        var day = ChinaTime.StartOf(obligation.DueOn.AddDays(-Days));
        return day < obligation.YearEndsAt ? obligation.YearEndsAt : day;
    }
}
