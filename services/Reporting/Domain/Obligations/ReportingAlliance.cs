using static AlliancePlatform.Reporting.Domain.RuleChecks;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// Reporting's view of a filed alliance, kept from Filing's <c>AllianceFiled</c> and <c>AllianceFilingRevoked</c> events:
/// the periods it was on the register, from which the years it owes a report follow (Art 13, 17).
/// </summary>
/// <remarks>
/// Which years are owed: every year from the year of filing (a filing on 20 December still owes that year's report), as
/// long as the filing was not revoked on or before the report's due day. Hence a year in which the alliance was revoked
/// (any day up to 31 December) owes nothing, nor does the year before when the revocation came by its due day; a report
/// already missing when the alliance is revoked stays missing. An alliance filed again starts a new period.
/// </remarks>
public sealed class ReportingAlliance
{
    private readonly List<FilingPeriod> _periods = [];

    private ReportingAlliance()
    {
    }

    public Guid Id { get; private set; }
    public Guid AllianceId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Every period on the register, in order; only the last can be open.</summary>
    public IReadOnlyList<FilingPeriod> Periods => _periods;

    public bool IsFiled => _periods.Count > 0 && _periods[^1].IsOpen;

    /// <summary>Starts the view when Filing says the alliance was filed on <paramref name="filedOn"/>.</summary>
    public static ReportingAlliance Filed(Guid allianceId, DateOnly filedOn, DateTimeOffset now)
    {
        if (allianceId == Guid.Empty)
        {
            throw new ArgumentException("The alliance must be given.", nameof(allianceId));
        }

        var alliance = new ReportingAlliance { Id = Guid.CreateVersion7(now), AllianceId = allianceId, CreatedAt = now.Stored() };
        alliance._periods.Add(FilingPeriod.Start(filedOn, now));
        return alliance;
    }

    /// <summary>The alliance was filed (again). Driven by events, so idempotent: false, changing nothing, while it is already filed.</summary>
    public bool RecordFiled(DateOnly filedOn, DateTimeOffset now)
    {
        if (_periods.Count > 0 && (_periods[^1].IsOpen || _periods.Any(p => p.FiledOn == filedOn)))
        {
            return false;
        }

        Require(_periods.Count == 0 || filedOn >= _periods[^1].RevokedOn, ObligationRules.FiledWhileRevoking);
        _periods.Add(FilingPeriod.Start(filedOn, now));
        return true;
    }

    /// <summary>The alliance's filing was revoked (Art 17). Idempotent: false, changing nothing, when it is not filed.</summary>
    public bool RecordRevoked(DateOnly revokedOn)
    {
        if (!IsFiled)
        {
            return false;
        }

        var period = _periods[^1];
        Require(revokedOn >= period.FiledOn, ObligationRules.RevokedBeforeFiled);
        period.Revoke(revokedOn);
        return true;
    }

    public bool OwesReportFor(int year, ReportingDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (year is < ObligationRules.MinYear or > ObligationRules.MaxYear)
        {
            return false;
        }

        var dueOn = deadline.DueOn(year);
        return _periods.Any(p => p.Owes(year, dueOn));
    }

    /// <summary>The obligation for <paramref name="year"/>; a violation when the alliance owes no report for it.</summary>
    public ReportingObligation ObligationFor(int year, ReportingDeadline deadline)
    {
        Require(year is >= ObligationRules.MinYear and <= ObligationRules.MaxYear, ObligationRules.YearInvalid);
        Require(OwesReportFor(year, deadline), ObligationRules.NotOwed);
        return ReportingObligation.For(AllianceId, year, deadline);
    }

    /// <summary>
    /// Every year owed from the first filing up to the current year in China (whose report is not due yet), oldest first.
    /// </summary>
    public IReadOnlyList<ReportingObligation> Obligations(DateTimeOffset now, ReportingDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (_periods.Count == 0)
        {
            return [];
        }

        var thisYear = ChinaTime.DateOf(now).Year;
        var years = Enumerable.Range(_periods[0].FiledOn.Year, Math.Max(0, thisYear - _periods[0].FiledOn.Year + 1));
        return [.. years.Where(y => OwesReportFor(y, deadline)).Select(y => ReportingObligation.For(AllianceId, y, deadline))];
    }
}
