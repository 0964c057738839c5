namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// Which reminders to send for an obligation now (Art 13): the ladder's steps whose time has come and which are not in
/// the fired ledger, so each fires exactly once. Nothing fires before the reporting year has ended, or once the report
/// has been submitted (a return does not restart reminders); a step before the deadline not fired by the end of the due
/// day is dropped. When several are due at once (the timer was down), the caller records all and sends the last.
/// </summary>
public static class ReminderSchedule
{
    public static IReadOnlyList<ReminderStep> Due(
        ReportingObligation obligation, DateTimeOffset? firstSubmittedAt, DateTimeOffset now, ReminderLadder ladder, IReadOnlySet<string> fired)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(fired);

        if (now < obligation.YearEndsAt || firstSubmittedAt <= now)
        {
            return [];
        }

        return
        [
            .. ladder.Steps
                .Where(s => !fired.Contains(s.Key) && s.FiresFrom(obligation) <= now)
                .Where(s => s.Phase == ReminderPhase.AfterDeadline || now < obligation.ClosesAt)
                .OrderBy(s => s.FiresFrom(obligation))
                .ThenBy(s => s.Phase)
                .ThenByDescending(s => s.Days),
        ];
    }
}
