using MassTransit;

namespace AlliancePlatform.Contracts.Reporting;

/// <summary>
/// A step of the reminder ladder came due for an alliance's annual report (Art 13): before the deadline
/// (<c>before_30d</c>, …) or after it (<c>after_1d</c>, …). Each step is raised once per alliance and year; a
/// notification channel sends it on.
/// </summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AnnualReportReminderDue(
    Guid AllianceId,
    string AllianceName,
    int ReportYear,
    DateOnly DueOn,
    string Step,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.reporting.annual-report-reminder-due.v1";
}
