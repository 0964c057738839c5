using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.DynamicManagement;

/// <summary>Yellow cards for stagnant alliances (亮黄牌, Art 14): when one is issued, never twice, and what lifts it.</summary>
public class YellowCardPolicyTests
{
    private static readonly DateTimeOffset Now = China(2027, 3, 10);
    private static readonly YellowCardSettings Settings = YellowCardSettings.Default;

    private static ReportingYear AcceptedActive(int year) => new(year, ReportingStatus.SubmittedOnTime, AnnualReportState.Accepted, true);
    private static ReportingYear AcceptedInactive(int year) => new(year, ReportingStatus.SubmittedOnTime, AnnualReportState.Accepted, false);
    private static ReportingYear Missing(int year) => new(year, ReportingStatus.Missing, null, false);
    private static ReportingYear NotDue(int year) => new(year, ReportingStatus.NotDue, null, false);

    /// <summary>Decides, applies the decisions to the cards, and returns what was decided.</summary>
    private static IReadOnlyList<YellowCardDecision> DecideAndApply(List<YellowCard> cards, IEnumerable<ReportingYear> history, DateTimeOffset now)
    {
        var decisions = YellowCardPolicy.Decide(history, cards, Settings, now);
        foreach (var decision in decisions)
        {
            switch (decision)
            {
                case IssueYellowCard issue:
                    cards.Add(YellowCard.Issue(AllianceId, issue, now));
                    break;
                case LiftYellowCard lift:
                    cards.Single(c => c.Id == lift.CardId).Lift(lift, now);
                    break;
            }
        }
        return decisions;
    }

    [Fact]
    public void Art14_AnAcceptedReportWithoutActivity_EarnsACard_WithA90DayRectificationDeadline()
    {
        var decision = Assert.Single(YellowCardPolicy.Decide([AcceptedInactive(2026), NotDue(2027)], [], Settings, Now));

        Assert.Equal(new IssueYellowCard(2026, YellowCardReason.ReportWithoutActivity, new DateOnly(2027, 6, 8)), decision);
    }

    [Fact]
    public void Art14_AMissingReport_EarnsACard()
    {
        var decision = Assert.Single(YellowCardPolicy.Decide([Missing(2026)], [], Settings, Now));

        Assert.Equal(new IssueYellowCard(2026, YellowCardReason.MissingReport, new DateOnly(2027, 6, 8)), decision);
    }

    [Fact]
    public void Art14_BothCausesAreSettings_OffMeansNoCard()
    {
        var off = new YellowCardSettings(onReportWithoutActivity: false, onMissingReport: false);

        Assert.Empty(YellowCardPolicy.Decide([AcceptedInactive(2025), Missing(2026)], [], off, Now));
        Assert.Equal(30, ((IssueYellowCard)YellowCardPolicy.Decide([Missing(2026)], [], new YellowCardSettings(rectificationDays: 30), Now)[0])
            .RectifyBy.DayNumber - new DateOnly(2027, 3, 10).DayNumber);
    }

    [Fact]
    public void Art14_RectificationDays_OutOfRange_IsRefused() =>
        AssertRejected(() => _ = new YellowCardSettings(rectificationDays: 0), "yellow_card.rectification_days_invalid");

    [Fact]
    public void Art14_AnActiveOrUnfinishedYear_EarnsNoCard() =>
        Assert.Empty(YellowCardPolicy.Decide(
            [AcceptedActive(2025), new ReportingYear(2026, ReportingStatus.SubmittedLate, AnnualReportState.Submitted, false), NotDue(2027)],
            [], Settings, Now));

    [Fact]
    public void Art14_DecidingAgainAfterApplying_DecidesNothing()
    {
        var cards = new List<YellowCard>();
        List<ReportingYear> history = [AcceptedInactive(2026)];

        Assert.Single(DecideAndApply(cards, history, Now));

        Assert.Empty(DecideAndApply(cards, history, Now.AddDays(1)));
        Assert.Single(cards);
    }

    [Fact]
    public void Art14_WhileACardIsOpen_AnotherBadYear_GetsNoSecondCard()
    {
        var cards = new List<YellowCard>();
        DecideAndApply(cards, [AcceptedInactive(2026)], Now);

        Assert.Empty(DecideAndApply(cards, [AcceptedInactive(2026), Missing(2027)], China(2028, 2, 1)));
        Assert.Empty(DecideAndApply(cards, [AcceptedInactive(2026), AcceptedInactive(2027)], China(2028, 3, 1)));
        Assert.Single(cards);
    }

    [Fact]
    public void Art14_ALaterAcceptedReportShowingActivity_LiftsTheCard()
    {
        var cards = new List<YellowCard>();
        DecideAndApply(cards, [AcceptedInactive(2026)], Now);

        var lift = Assert.IsType<LiftYellowCard>(Assert.Single(DecideAndApply(cards, [AcceptedInactive(2026), AcceptedActive(2027)], China(2028, 2, 20))));

        Assert.Equal((cards[0].Id, 2026, 2027), (lift.CardId, lift.CardReportYear, lift.ByReportYear));
        Assert.False(cards[0].IsOpen);
        Assert.Equal(2027, cards[0].LiftedByReportYear);
        Assert.Empty(DecideAndApply(cards, [AcceptedInactive(2026), AcceptedActive(2027)], China(2028, 3, 1)));
    }

    [Fact]
    public void Art14_ALaterAcceptedReportWithoutActivity_DoesNotLiftTheCard()
    {
        var cards = new List<YellowCard>();
        DecideAndApply(cards, [AcceptedInactive(2026)], Now);

        Assert.Empty(DecideAndApply(cards, [AcceptedInactive(2026), AcceptedInactive(2027)], China(2028, 2, 20)));
        Assert.True(cards[0].IsOpen);
    }

    [Fact]
    public void Art14_AMissingReportSubmittedLateAndAcceptedWithActivity_LiftsItsCard()
    {
        var cards = new List<YellowCard>();
        DecideAndApply(cards, [Missing(2026)], China(2027, 2, 1));

        var lateButActive = new ReportingYear(2026, ReportingStatus.SubmittedLate, AnnualReportState.Accepted, true);
        Assert.IsType<LiftYellowCard>(Assert.Single(DecideAndApply(cards, [lateButActive], China(2027, 4, 1))));
    }

    [Fact]
    public void Art14_AYearThatHadACard_NeverEarnsASecondOne()
    {
        var cards = new List<YellowCard>();
        DecideAndApply(cards, [Missing(2026)], China(2027, 2, 1));
        DecideAndApply(cards, [Missing(2026), AcceptedActive(2027)], China(2028, 2, 1));
        Assert.False(cards[0].IsOpen);

        // The 2026 report finally arrives, late and without activity; 2027 has shown activity since.
        var lateInactive = new ReportingYear(2026, ReportingStatus.SubmittedLate, AnnualReportState.Accepted, false);
        Assert.Empty(DecideAndApply(cards, [lateInactive, AcceptedActive(2027)], China(2028, 3, 1)));
    }

    [Fact]
    public void Art14_AnInactiveYear_AlreadyFollowedByAnActiveReport_EarnsNoCard() =>
        Assert.Empty(YellowCardPolicy.Decide([AcceptedInactive(2025), AcceptedActive(2026)], [], Settings, Now));

    [Fact]
    public void Art14_AfterALift_ALaterBadYear_EarnsANewCard()
    {
        var cards = new List<YellowCard>();
        DecideAndApply(cards, [Missing(2025)], China(2026, 2, 1));

        var decisions = DecideAndApply(cards, [Missing(2025), AcceptedActive(2026), AcceptedInactive(2027)], China(2028, 3, 1));

        Assert.IsType<LiftYellowCard>(decisions[0]);
        Assert.Equal(new IssueYellowCard(2027, YellowCardReason.ReportWithoutActivity, new DateOnly(2028, 5, 30)), decisions[1]);
        Assert.Equal([false, true], cards.Select(c => c.IsOpen));
    }

    [Fact]
    public void Art14_SeveralBadYearsAtOnce_GetOneCard_CitingTheLatest() =>
        Assert.Equal(2026, ((IssueYellowCard)Assert.Single(YellowCardPolicy.Decide([AcceptedInactive(2025), Missing(2026)], [], Settings, Now))).ReportYear);

    [Fact]
    public void Art14_ACard_IsLiftedOnlyOnce_AndItsRectificationFallsOverdueAfterItsLastDay()
    {
        var card = YellowCard.Issue(AllianceId, new IssueYellowCard(2026, YellowCardReason.MissingReport, new DateOnly(2027, 5, 2)), China(2027, 2, 1));

        Assert.False(card.IsRectificationOverdue(China(2027, 5, 2, 23, 59, 59)));
        Assert.True(card.IsRectificationOverdue(China(2027, 5, 3, 0, 0, 0)));

        var lift = new LiftYellowCard(card.Id, 2026, 2027);
        card.Lift(lift, China(2028, 2, 1));
        AssertRejected(() => card.Lift(lift, China(2028, 2, 2)), "yellow_card.already_lifted", RuleKind.Conflict);
        Assert.False(card.IsRectificationOverdue(China(2028, 2, 2)));
    }

    [Fact]
    public void Art14_HistoryFromReports_ReadsAcceptedActivityAndMissingYears()
    {
        var calendar = new FakeWorkingDays();
        var history = ReportingYear.History([Year2026, Year2027], [Accepted(Year2026, Inactive)], China(2028, 2, 1), calendar);

        Assert.Equal(
            [new ReportingYear(2026, ReportingStatus.SubmittedOnTime, AnnualReportState.Accepted, false), new ReportingYear(2027, ReportingStatus.Missing, null, false)],
            history);
    }
}
