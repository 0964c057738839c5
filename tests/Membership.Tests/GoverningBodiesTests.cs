using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Tests.TestData;

namespace AlliancePlatform.Membership.Tests;

public class GoverningBodiesTests
{
    private readonly MemberUnit _enterprise = Unit(MemberUnitType.Enterprise);
    private readonly MemberUnit _university = Unit(MemberUnitType.University);

    [Fact]
    public void Art7_3_Council_SeatsResponsiblePersonsOfMemberUnits()
    {
        var alliance = FoundedAlliance(_enterprise, _university);

        var chair = alliance.AddCouncilMember(" 赵理事长 ", _enterprise.Id, CouncilPosition.Chair, Now);
        alliance.AddCouncilMember("孙副理事长", _university.Id, CouncilPosition.ViceChair, Now);

        Assert.Equal(2, alliance.Council.Count);
        Assert.Equal(("赵理事长", _enterprise.Id, CouncilPosition.Chair), (chair.PersonName, chair.MemberUnitId, chair.Position));
        Assert.NotEqual(Guid.Empty, chair.Id);
    }

    [Fact]
    public void Art7_3_Council_SeatForAUnitThatIsNoMember_IsRejected()
    {
        var alliance = FoundedAlliance(_enterprise);
        alliance.Join(_university, Today, null, Now);

        AssertRejected(() => alliance.AddCouncilMember("孙理事", _university.Id, CouncilPosition.Member, Now), "council.unit_not_member");
    }

    [Fact]
    public void Art7_3_Council_WithASecondChair_IsRejected()
    {
        var alliance = FoundedAlliance(_enterprise, _university);
        alliance.AddCouncilMember("赵理事长", _enterprise.Id, CouncilPosition.Chair, Now);

        AssertRejected(() => alliance.AddCouncilMember("孙理事长", _university.Id, CouncilPosition.Chair, Now), "council.chair_taken", RuleKind.Conflict);
    }

    [Theory]
    [InlineData(null, CouncilPosition.Member, "council.person_name_required")]
    [InlineData("赵理事", (CouncilPosition)7, "council.unknown_position")]
    public void Art7_3_Council_SeatThatBreaksARule_IsRejected(string? name, CouncilPosition position, string code) =>
        AssertRejected(() => FoundedAlliance(_enterprise).AddCouncilMember(name, _enterprise.Id, position, Now), code);

    [Fact]
    public void Art7_3_Council_SeatRemoved_IsGone()
    {
        var alliance = FoundedAlliance(_enterprise);
        var seat = alliance.AddCouncilMember("赵理事", _enterprise.Id, CouncilPosition.Member, Now);

        alliance.RemoveCouncilMember(seat.Id);

        Assert.Empty(alliance.Council);
        AssertRejected(() => alliance.RemoveCouncilMember(seat.Id), "council.unknown_member");
    }

    [Fact]
    public void Art7_4_ExpertCommittee_HoldsNameAffiliationAndTitle()
    {
        var alliance = NewAlliance();

        var expert = alliance.AddExpert("钱教授", "哈尔滨工业大学", "教授", Now);

        Assert.Equal(("钱教授", "哈尔滨工业大学", "教授"), (expert.Name, expert.Affiliation, expert.Title));
        Assert.Equal([expert], alliance.ExpertCommittee);
    }

    [Theory]
    [InlineData("", "哈尔滨工业大学", "教授", "expert_committee.name_required")]
    [InlineData("钱教授", null, "教授", "expert_committee.affiliation_required")]
    [InlineData("钱教授", "哈尔滨工业大学", " ", "expert_committee.title_required")]
    public void Art7_4_ExpertCommittee_MemberWithoutWhatIsRequired_IsRejected(string? name, string? affiliation, string? title, string code) =>
        AssertRejected(() => NewAlliance().AddExpert(name, affiliation, title, Now), code);

    [Fact]
    public void Art6_3_GoverningBodies_OverlongText_IsRejected() =>
        AssertRejected(() => NewAlliance().AddExpert(new string('钱', 51), "哈尔滨工业大学", "教授", Now), "governing_body.text_too_long");

    [Fact]
    public void Art7_4_ExpertCommittee_MemberRemoved_IsGone()
    {
        var alliance = NewAlliance();
        var expert = alliance.AddExpert("钱教授", "哈尔滨工业大学", "教授", Now);

        alliance.RemoveExpert(expert.Id);

        Assert.Empty(alliance.ExpertCommittee);
        AssertRejected(() => alliance.RemoveExpert(expert.Id), "expert_committee.unknown_member");
    }

    [Fact]
    public void Art7_5_Secretariat_HasAnOfficeStaffAndABudget()
    {
        var alliance = NewAlliance();

        alliance.SetSecretariat(" 哈尔滨市南岗区学府路1号 ", 3, 500_000m);
        alliance.SetSecretariat("哈尔滨市松北区创新路2号", 4, 600_000m);

        Assert.Equal("哈尔滨市松北区创新路2号", alliance.Secretariat?.OfficeAddress);
        Assert.Equal(4, alliance.Secretariat?.StaffCount);
        Assert.Equal(600_000m, alliance.Secretariat?.AnnualBudget);
    }

    [Theory]
    [InlineData(null, 1, 0, "secretariat.office_address_required")]
    [InlineData("哈尔滨市南岗区学府路1号", -1, 0, "secretariat.negative_staff_count")]
    [InlineData("哈尔滨市南岗区学府路1号", 1, -0.01, "secretariat.negative_budget")]
    public void Art7_5_Secretariat_ThatBreaksARule_IsRejected(string? address, int staff, double budget, string code) =>
        AssertRejected(() => NewAlliance().SetSecretariat(address, staff, (decimal)budget), code);

    private static void AssertRejected(Action act, string code, RuleKind kind = RuleKind.Unprocessable)
    {
        var broken = Assert.Throws<RuleViolationException>(act);
        Assert.Equal(code, broken.Violation.Code);
        Assert.Equal(kind, broken.Violation.Kind);
    }
}
