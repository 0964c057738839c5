namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// An alliance owes the annual report on <see cref="Year"/>, due by the end of <see cref="DueOn"/> (Art 13). Derived
/// from the register (<see cref="ReportingAlliance.Obligations"/>), not stored.
/// </summary>
public sealed record ReportingObligation(Guid AllianceId, int Year, DateOnly DueOn)
{
    /// <summary>1 January of the following year, 00:00 Asia/Shanghai: from then on the year can be reported on.</summary>
    public DateTimeOffset YearEndsAt => ChinaTime.StartOf(new DateOnly(Year + 1, 1, 1));

    /// <summary>24:00 Asia/Shanghai of the due day: a report not submitted by then is missing.</summary>
    public DateTimeOffset ClosesAt => ChinaTime.EndOf(DueOn);

    public static ReportingObligation For(Guid allianceId, int year, ReportingDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return new ReportingObligation(allianceId, year, deadline.DueOn(year));
    }

    /// <summary>
    /// The status at <paramref name="now"/> (Art 13), told by dates alone. A report returned and resubmitted is judged by
    /// its <paramref name="firstSubmittedAt"/>; a submission later than <paramref name="now"/> has not happened yet.
    /// While due, the working days left count today when it is a working day, up to and including the due day, by the
    /// national holiday schedule (domain.md §3); the years counted Monday–Friday for want of a schedule are named.
    /// </summary>
    public ReportingStanding StandingAt(DateTimeOffset? firstSubmittedAt, DateTimeOffset now, IWorkingDayCounter calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var today = ChinaTime.DateOf(now);

        if (firstSubmittedAt is { } submittedAt && submittedAt <= now)
        {
            var submittedOn = ChinaTime.DateOf(submittedAt);
            return submittedOn <= DueOn
                ? new ReportingStanding(ReportingStatus.SubmittedOnTime, DueOn, submittedOn)
                : new ReportingStanding(ReportingStatus.SubmittedLate, DueOn, submittedOn, DaysLate: submittedOn.DayNumber - DueOn.DayNumber);
        }

        if (now < YearEndsAt)
        {
            return new ReportingStanding(ReportingStatus.NotDue, DueOn);
        }

        if (today <= DueOn)
        {
            return new ReportingStanding(
                ReportingStatus.Due, DueOn, WorkingDaysLeft: calendar.WorkingDaysBetween(today.AddDays(-1), DueOn),
                YearsWithoutSchedule: calendar.YearsWithoutSchedule(today, DueOn));
        }

        return new ReportingStanding(ReportingStatus.Missing, DueOn, DaysOverdue: today.DayNumber - DueOn.DayNumber);
    }
}
