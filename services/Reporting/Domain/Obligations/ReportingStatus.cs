namespace AlliancePlatform.Reporting.Domain;

/// <summary>Where a year's annual report stands, derived from dates, never stored (Art 13); serialized in snake_case.</summary>
public enum ReportingStatus
{
    /// <summary>未到报告期: the reporting year has not ended yet.</summary>
    NotDue,
    /// <summary>待提交: the year has ended and the due day has not passed.</summary>
    Due,
    /// <summary>按时提交: first submitted by the end of the due day.</summary>
    SubmittedOnTime,
    /// <summary>逾期提交: first submitted after the due day.</summary>
    SubmittedLate,
    /// <summary>未提交（缺报）: the due day has ended and nothing was submitted.</summary>
    Missing,
}

/// <summary>Names of the reporting statuses in the users' terms.</summary>
public static class ReportingStatusInfo
{
    public static string NameZh(this ReportingStatus status) => status switch
    {
        ReportingStatus.NotDue => "未到报告期",
        ReportingStatus.Due => "待提交",
        ReportingStatus.SubmittedOnTime => "按时提交",
        ReportingStatus.SubmittedLate => "逾期提交",
        ReportingStatus.Missing => "逾期未提交",
        _ => status.ToString(),
    };

    public static string NameEn(this ReportingStatus status) => status switch
    {
        ReportingStatus.NotDue => "not due yet",
        ReportingStatus.Due => "due",
        ReportingStatus.SubmittedOnTime => "submitted on time",
        ReportingStatus.SubmittedLate => "submitted late",
        ReportingStatus.Missing => "missing",
        _ => status.ToString(),
    };
}

/// <summary>
/// A year's status with the numbers that go with it: working days left while <see cref="ReportingStatus.Due"/>,
/// calendar days late once <see cref="ReportingStatus.SubmittedLate"/>, calendar days overdue while
/// <see cref="ReportingStatus.Missing"/>.
/// </summary>
/// <param name="YearsWithoutSchedule">While due: the years whose working days were counted Monday–Friday because no holiday schedule is loaded for them.</param>
public sealed record ReportingStanding(
    ReportingStatus Status,
    DateOnly DueOn,
    DateOnly? SubmittedOn = null,
    int? WorkingDaysLeft = null,
    int? DaysLate = null,
    int? DaysOverdue = null,
    IReadOnlyList<int>? YearsWithoutSchedule = null);
