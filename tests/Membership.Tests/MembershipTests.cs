using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Tests.TestData;

namespace AlliancePlatform.Membership.Tests;

public class MembershipTests
{
    private readonly MemberUnit _enterprise = Unit(MemberUnitType.Enterprise);
    private readonly MemberUnit _university = Unit(MemberUnitType.University);
    private readonly MemberUnit _bank = Unit(MemberUnitType.FinancialInstitution);

    [Fact]
    public void Art8_7_Join_MakesAPendingMemberThatDoesNotCountYet()
    {
        var alliance = NewAlliance();

        var member = alliance.Join(_enterprise, Today, " 发起单位 ", Now);

        Assert.Equal(AllianceMemberStatus.Pending, member.Status);
        Assert.Equal(Today, member.JoinedOn);
        Assert.Null(member.MemberSince);
        Assert.False(alliance.IsCurrentMember(_enterprise.Id));
        Assert.Empty(alliance.CurrentMemberUnitIds());
        Assert.Empty(alliance.DomainEvents);
        var entry = Assert.Single(alliance.MembershipHistory);
        Assert.Equal((MembershipChangeKind.JoinPending, _enterprise.Id, Today, "发起单位"), (entry.Kind, entry.MemberUnitId, entry.OccurredOn, entry.Reason));
    }

    [Fact]
    public void Art8_7_Join_WhileAlreadyJoining_IsRejected()
    {
        var alliance = NewAlliance();
        alliance.Join(_enterprise, Today, null, Now);

        AssertRejected(() => alliance.Join(_enterprise, Today, null, Now), "membership.already_member", RuleKind.Conflict);
    }

    [Fact]
    public void Art8_7_Join_AsACurrentMember_IsRejected() =>
        AssertRejected(() => FoundedAlliance(_enterprise).Join(_enterprise, Today, null, Now), "membership.already_member", RuleKind.Conflict);

    [Fact]
    public void Art8_7_Join_DatedAfterToday_IsRejected() =>
        AssertRejected(() => NewAlliance().Join(_enterprise, Today.AddDays(1), null, Now), "membership.date_in_future");

    [Fact]
    public void Art8_7_Join_TodayInChina_IsAcceptedWhileItIsStillYesterdayInUtc()
    {
        var shortlyAfterMidnightInHarbin = new DateTimeOffset(2026, 4, 7, 16, 30, 0, TimeSpan.Zero);

        NewAlliance().Join(_enterprise, new DateOnly(2026, 4, 8), null, shortlyAfterMidnightInHarbin);
    }

    [Fact]
    public void Art6_2_Join_AfterTheCharterIsEffective_CountsOnlyOnceTheUnitSignsAnAccession()
    {
        var alliance = FoundedAlliance(_enterprise, _university);
        alliance.Join(_bank, Today.AddDays(-2), "提供科技金融服务", Now);
        Assert.False(alliance.IsCurrentMember(_bank.Id));

        alliance.SignCharter(1, _bank, LegalRepresentative, Today.AddDays(-1), Now);

        Assert.True(alliance.IsCurrentMember(_bank.Id));
        Assert.Equal(Today.AddDays(-1), alliance.Members.Single(m => m.MemberUnitId == _bank.Id).MemberSince);
        Assert.Equal(new MemberUnitJoined(alliance.Id, _bank.Id, Today.AddDays(-2), Today.AddDays(-1), 1), Assert.Single(alliance.DomainEvents));
        Assert.Equal(MembershipChangeKind.Joined, alliance.MembershipHistory[^1].Kind);
    }

    [Fact]
    public void Art8_7_Leave_RecordsDateAndReason_AndRaisesMemberUnitLeft()
    {
        var alliance = FoundedAlliance(_enterprise, _university);

        alliance.Leave(_university.Id, Today, " 研究方向调整 ", Now);

        var stay = alliance.Members.Single(m => m.MemberUnitId == _university.Id);
        Assert.Equal((AllianceMemberStatus.Left, Today, "研究方向调整"), (stay.Status, stay.LeftOn, stay.LeaveReason));
        Assert.Equal([_enterprise.Id], alliance.CurrentMemberUnitIds());
        Assert.Equal(new MemberUnitLeft(alliance.Id, _university.Id, Today, "研究方向调整"), Assert.Single(alliance.DomainEvents));
        var entry = alliance.MembershipHistory[^1];
        Assert.Equal((MembershipChangeKind.Left, _university.Id, Today, "研究方向调整"), (entry.Kind, entry.MemberUnitId, entry.OccurredOn, entry.Reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Art8_7_Leave_WithoutAReason_IsRejected(string? reason) =>
        AssertRejected(() => FoundedAlliance(_enterprise).Leave(_enterprise.Id, Today, reason, Now), "membership.leave_reason_required");

    [Fact]
    public void Art8_7_Leave_WithAnOverlongReason_IsRejected() =>
        AssertRejected(() => FoundedAlliance(_enterprise).Leave(_enterprise.Id, Today, new string('因', 501), Now), "membership.reason_too_long");

    [Fact]
    public void Art8_7_Leave_BeforeJoining_IsRejected() =>
        AssertRejected(() => FoundedAlliance(_enterprise).Leave(_enterprise.Id, Today.AddDays(-31), "退出", Now), "membership.left_before_joining");

    [Fact]
    public void Art8_7_Leave_DatedAfterToday_IsRejected() =>
        AssertRejected(() => FoundedAlliance(_enterprise).Leave(_enterprise.Id, Today.AddDays(1), "退出", Now), "membership.date_in_future");

    [Fact]
    public void Art8_7_Leave_ByAUnitThatIsNoMember_IsRejected() =>
        AssertRejected(() => FoundedAlliance(_enterprise).Leave(_bank.Id, Today, "退出", Now), "membership.not_member", RuleKind.Conflict);

    [Fact]
    public void Art8_7_Leave_Twice_IsRejected()
    {
        var alliance = FoundedAlliance(_enterprise, _university);
        alliance.Leave(_university.Id, Today, "退出", Now);

        AssertRejected(() => alliance.Leave(_university.Id, Today, "退出", Now), "membership.not_member", RuleKind.Conflict);
    }

    [Fact]
    public void Art8_7_Leave_OfAUnitStillJoining_RaisesNoLeftEvent()
    {
        var alliance = FoundedAlliance(_enterprise);
        alliance.Join(_bank, Today, null, Now);

        alliance.Leave(_bank.Id, Today, "撤回申请", Now);

        Assert.Empty(alliance.DomainEvents);
        Assert.Equal(MembershipChangeKind.Left, alliance.MembershipHistory[^1].Kind);
    }

    [Fact]
    public void Art7_3_Leave_ByTheChairUnit_IsRejectedUntilAnotherTakesOver()
    {
        var alliance = FoundedAlliance(_enterprise, _university);
        alliance.SetChairUnit(_enterprise.Id, Today, null, Now);

        AssertRejected(() => alliance.Leave(_enterprise.Id, Today, "退出", Now), "membership.role_holder_cannot_leave", RuleKind.Conflict);

        alliance.SetChairUnit(_university.Id, Today, "换届", Now);
        alliance.Leave(_enterprise.Id, Today, "退出", Now);
    }

    [Fact]
    public void Art7_5_Leave_ByTheSecretaryGeneralUnit_IsRejected()
    {
        var alliance = FoundedAlliance(_enterprise, _university);
        alliance.SetSecretaryGeneralUnit(_university.Id, Today, null, Now);

        AssertRejected(() => alliance.Leave(_university.Id, Today, "退出", Now), "membership.role_holder_cannot_leave", RuleKind.Conflict);
    }

    [Fact]
    public void Art7_3_Leave_EndsTheCouncilSeatsHeldForTheUnit()
    {
        var alliance = FoundedAlliance(_enterprise, _university);
        alliance.AddCouncilMember("赵理事", _enterprise.Id, CouncilPosition.Member, Now);
        var stays = alliance.AddCouncilMember("孙理事", _university.Id, CouncilPosition.Member, Now);

        alliance.Leave(_enterprise.Id, Today, "退出", Now);

        Assert.Equal([stays], alliance.Council);
    }

    [Fact]
    public void Art8_7_Rejoin_AfterLeaving_NeedsAFreshAccession()
    {
        var alliance = FoundedAlliance(_enterprise, _university);
        alliance.Leave(_university.Id, Today.AddDays(-5), "暂停合作", Now);

        alliance.Join(_university, Today.AddDays(-2), "恢复合作", Now);
        Assert.False(alliance.IsCurrentMember(_university.Id));
        alliance.SignCharter(1, _university, LegalRepresentative, Today, Now);

        Assert.True(alliance.IsCurrentMember(_university.Id));
        Assert.Equal(2, alliance.Members.Count(m => m.MemberUnitId == _university.Id));
    }

    [Fact]
    public void Art7_3_SetChairUnit_ToACurrentMember_RaisesChairUnitChanged()
    {
        var alliance = FoundedAlliance(_enterprise, _university);

        alliance.SetChairUnit(_enterprise.Id, Today.AddDays(-1), "成立大会选举", Now);
        alliance.SetChairUnit(_university.Id, Today, "换届", Now);

        Assert.Equal(_university.Id, alliance.ChairUnitId);
        Assert.Equal(
            [
                new ChairUnitChanged(alliance.Id, null, _enterprise.Id, Today.AddDays(-1), "成立大会选举"),
                new ChairUnitChanged(alliance.Id, _enterprise.Id, _university.Id, Today, "换届"),
            ],
            alliance.DomainEvents);
        Assert.Equal(2, alliance.MembershipHistory.Count(e => e.Kind == MembershipChangeKind.ChairUnitChanged));
    }

    [Fact]
    public void Art7_3_SetChairUnit_ToTheSameUnit_ChangesNothing()
    {
        var alliance = FoundedAlliance(_enterprise);
        alliance.SetChairUnit(_enterprise.Id, Today, null, Now);
        alliance.ClearDomainEvents();

        alliance.SetChairUnit(_enterprise.Id, Today, null, Now);

        Assert.Empty(alliance.DomainEvents);
    }

    [Fact]
    public void Art7_3_SetChairUnit_ToAUnitThatHasNotSigned_IsRejected()
    {
        var alliance = FoundedAlliance(_enterprise);
        alliance.Join(_bank, Today, null, Now);

        AssertRejected(() => alliance.SetChairUnit(_bank.Id, Today, null, Now), "membership.chair_unit_not_member");
        AssertRejected(() => alliance.SetChairUnit(Guid.NewGuid(), Today, null, Now), "membership.chair_unit_not_member");
    }

    [Fact]
    public void Art7_5_SetSecretaryGeneralUnit_ToACurrentMember_RaisesSecretaryGeneralUnitChanged()
    {
        var alliance = FoundedAlliance(_enterprise, _university);

        alliance.SetSecretaryGeneralUnit(_university.Id, Today, "成立大会选举", Now);

        Assert.Equal(_university.Id, alliance.SecretaryGeneralUnitId);
        Assert.Equal(new SecretaryGeneralUnitChanged(alliance.Id, null, _university.Id, Today, "成立大会选举"), Assert.Single(alliance.DomainEvents));
        Assert.Equal(MembershipChangeKind.SecretaryGeneralUnitChanged, alliance.MembershipHistory[^1].Kind);
    }

    [Fact]
    public void Art7_5_SetSecretaryGeneralUnit_ToANonMember_IsRejected() =>
        AssertRejected(() => FoundedAlliance(_enterprise).SetSecretaryGeneralUnit(_bank.Id, Today, null, Now),
            "membership.secretary_general_unit_not_member");

    [Fact]
    public void Art8_7_SetChairUnit_DatedAfterToday_IsRejected() =>
        AssertRejected(() => FoundedAlliance(_enterprise).SetChairUnit(_enterprise.Id, Today.AddDays(1), null, Now), "membership.date_in_future");

    [Fact]
    public void Art8_7_History_KeepsEveryChangeInOrder()
    {
        var alliance = FoundedAlliance(_enterprise, _university);
        alliance.SetChairUnit(_enterprise.Id, Today, null, Now);
        alliance.Leave(_university.Id, Today, "退出", Now);

        Assert.Equal(
            [
                MembershipChangeKind.JoinPending, MembershipChangeKind.JoinPending,
                MembershipChangeKind.Joined, MembershipChangeKind.Joined,
                MembershipChangeKind.ChairUnitChanged, MembershipChangeKind.Left,
            ],
            alliance.MembershipHistory.Select(e => e.Kind));
    }

    private static void AssertRejected(Action act, string code, RuleKind kind = RuleKind.Unprocessable)
    {
        var broken = Assert.Throws<RuleViolationException>(act);
        Assert.Equal(code, broken.Violation.Code);
        Assert.Equal(kind, broken.Violation.Kind);
    }
}
