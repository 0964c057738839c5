namespace AlliancePlatform.Reporting.Features.Clock;

/// <summary>A reminder step raised for an alliance's report on a year; the key (alliance, year, step) is unique, so it fires once.</summary>
public sealed class FiredReminder
{
    public Guid AllianceId { get; init; }
    public int ReportYear { get; init; }
    public string Step { get; init; } = "";
    public DateTimeOffset FiredAt { get; init; }
}

/// <summary>A pair of consecutive missing years already reported to Filing (Art 17-2); unique per alliance and pair.</summary>
public sealed class RaisedMissingYears
{
    public Guid AllianceId { get; init; }
    public int FirstYear { get; init; }
    public int SecondYear { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
}
