using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Reporting.Features.Reports;

/// <param name="Status">Derived from the dates on every read, never stored: not_due, due, submitted_on_time, submitted_late, missing.</param>
/// <param name="WorkingDaysLeft">While due: by the national holiday schedule, or Monday–Friday for the years in <paramref name="YearsWithoutSchedule"/>.</param>
/// <param name="YearsWithoutSchedule">While due: years with no holiday schedule loaded, counted Monday–Friday (explained in <paramref name="Note"/>).</param>
public sealed record ObligationResponse(
    int Year, DateOnly DueOn, ReportingStatus Status, string StatusName, int? WorkingDaysLeft, int? DaysLate, int? DaysOverdue,
    AnnualReportState? ReportState, DateOnly? SubmittedOn, IReadOnlyList<int>? YearsWithoutSchedule = null, string? Note = null);

public sealed record TransitionResponse(DateTimeOffset At, string ActorRole, AnnualReportState? From, AnnualReportState To, string Decision, string? Reason);

/// <summary>A report's attachment or an achievement's evidence as the API shows it.</summary>
internal static class FileResponses
{
    public static FileResponse ToResponse(this ReportAttachment a) => new(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.Sha256, a.UploadedAt);

    public static FileResponse ToResponse(this EvidenceFile f) => new(f.Id, f.FileName, f.ContentType, f.SizeBytes, f.Sha256, f.UploadedAt);
}

public sealed record ReportResponse(
    Guid Id, Guid AllianceId, int Year, AnnualReportState State, string StateName, ReportContent Content, string? Summary,
    DateTimeOffset? FirstSubmittedAt, DateTimeOffset? LastSubmittedAt, string? ReturnReason, DateTimeOffset? AcceptedAt,
    ObligationResponse Obligation, IReadOnlyList<TransitionResponse> History, IReadOnlyList<FileResponse> Attachments)
{
    public static ReportResponse For(AnnualReport report, ObligationResponse obligation) => new(
        report.Id, report.AllianceId, report.Year, report.State, $"{report.State.NameZh()} / {report.State.NameEn()}", report.Content,
        report.Summary, report.FirstSubmittedAt, report.LastSubmittedAt, report.ReturnReason, report.AcceptedAt, obligation,
        [.. report.History.Select(h => new TransitionResponse(h.At, h.ActorRole, h.From, h.To, h.Decision, h.Reason))],
        [.. report.Attachments.Select(FileResponses.ToResponse)]);
}

public static class ObligationResponses
{
    public static ObligationResponse For(ReportingObligation obligation, AnnualReport? report, DateTimeOffset now, IWorkingDayCounter calendar)
    {
        var standing = obligation.StandingAt(report?.FirstSubmittedAt, now, calendar);
        return new ObligationResponse(
            obligation.Year, standing.DueOn, standing.Status, $"{standing.Status.NameZh()} / {standing.Status.NameEn()}",
            standing.WorkingDaysLeft, standing.DaysLate, standing.DaysOverdue, report?.State, standing.SubmittedOn,
            standing.YearsWithoutSchedule, NoScheduleNote(standing.YearsWithoutSchedule));
    }

    /// <summary>Said wherever working days were counted Monday–Friday for want of a holiday schedule (domain.md §3).</summary>
    public static string? NoScheduleNote(IReadOnlyList<int>? years) => years is not { Count: > 0 }
        ? null
        : $"{string.Join("、", years)}年的节假日安排尚未载入，暂按周一至周五计算工作日。 / No holiday schedule is loaded for {string.Join(", ", years)}: working days are counted Monday to Friday.";
}
