namespace AlliancePlatform.Reporting.Domain;

/// <summary>What dynamic management decided about an alliance's yellow cards (Art 14).</summary>
public abstract record YellowCardDecision;

/// <summary>Issue a yellow card on <paramref name="ReportYear"/>; the alliance rectifies by the end of <paramref name="RectifyBy"/>.</summary>
public sealed record IssueYellowCard(int ReportYear, YellowCardReason Reason, DateOnly RectifyBy) : YellowCardDecision;

/// <summary>Lift card <paramref name="CardId"/>: the accepted report on <paramref name="ByReportYear"/> shows activity.</summary>
public sealed record LiftYellowCard(Guid CardId, int CardReportYear, int ByReportYear) : YellowCardDecision;
