using static AlliancePlatform.Reporting.Domain.RuleChecks;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// A yellow card shown on a stagnant (僵化) alliance (亮黄牌, Art 14): issued on a report year for a reason, with a
/// rectification deadline; lifted by a later accepted report that shows activity. Never deleted: a lifted card stays as
/// the record, and its report year never carries a second card.
/// </summary>
public sealed class YellowCard
{
    private YellowCard()
    {
    }

    public Guid Id { get; private set; }
    public Guid AllianceId { get; private set; }
    /// <summary>The report year that earned the card.</summary>
    public int ReportYear { get; private set; }
    public YellowCardReason Reason { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    /// <summary>The last day to rectify, counted whole (to 24:00 Asia/Shanghai).</summary>
    public DateOnly RectifyBy { get; private set; }
    public DateTimeOffset? LiftedAt { get; private set; }
    /// <summary>The year of the accepted report showing activity that lifted the card.</summary>
    public int? LiftedByReportYear { get; private set; }

    public bool IsOpen => LiftedAt is null;

    /// <summary>Still open after its rectification deadline (China time).</summary>
    public bool IsRectificationOverdue(DateTimeOffset now) => IsOpen && ChinaTime.DateOf(now) > RectifyBy;

    public static YellowCard Issue(Guid allianceId, IssueYellowCard decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (allianceId == Guid.Empty)
        {
            throw new ArgumentException("The alliance must be given.", nameof(allianceId));
        }

        return new YellowCard
        {
            Id = Guid.CreateVersion7(now),
            AllianceId = allianceId,
            ReportYear = decision.ReportYear,
            Reason = decision.Reason,
            IssuedAt = now.Stored(),
            RectifyBy = decision.RectifyBy,
        };
    }

    public void Lift(LiftYellowCard decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.CardId != Id)
        {
            throw new ArgumentException("The decision is about another card.", nameof(decision));
        }
        Require(IsOpen, YellowCardRules.AlreadyLifted);

        LiftedAt = now.Stored();
        LiftedByReportYear = decision.ByReportYear;
    }
}
