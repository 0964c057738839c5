namespace AlliancePlatform.Reporting.Domain;

/// <summary>Something that happened to an annual report, kept on the aggregate until the service layer publishes it.</summary>
public interface IReportingEvent
{
    Guid ReportId { get; }
    Guid AllianceId { get; }
    int Year { get; }
    DateTimeOffset OccurredAt { get; }
}

/// <summary>The alliance submitted its report (Art 13); <paramref name="Resubmission"/> after a return.</summary>
public sealed record AnnualReportSubmitted(Guid ReportId, Guid AllianceId, int Year, bool Resubmission, DateTimeOffset OccurredAt) : IReportingEvent;

/// <summary>The secretariat returned the report for changes.</summary>
public sealed record AnnualReportReturned(Guid ReportId, Guid AllianceId, int Year, string Reason, DateTimeOffset OccurredAt) : IReportingEvent;

/// <summary>The secretariat accepted the report with its <paramref name="Content"/>; whether it shows activity decides on yellow cards (Art 14).</summary>
public sealed record AnnualReportAccepted(Guid ReportId, Guid AllianceId, int Year, ReportContent Content, DateTimeOffset OccurredAt) : IReportingEvent
{
    public bool ShowsActivity => Content.ShowsActivity;
}
