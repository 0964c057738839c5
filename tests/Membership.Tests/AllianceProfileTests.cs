using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Tests.TestData;

namespace AlliancePlatform.Membership.Tests;

public class AllianceProfileTests
{
    [Theory]
    [InlineData("黑龙江省新材料产业技术创新联盟", true)]
    [InlineData("  黑龙江省冰雪经济产业技术创新联盟 ", true)]
    [InlineData("黑龙江省产业技术创新联盟", false)]
    [InlineData("黑龙江省 产业技术创新联盟", false)]
    [InlineData("吉林省新材料产业技术创新联盟", false)]
    [InlineData("黑龙江省新材料产业联盟", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Art7_2_AStandardName_IsHeilongjiangThenTheFieldThenTheSuffix(string? name, bool standard) =>
        Assert.Equal(standard, AllianceName.IsStandard(name));

    [Fact]
    public void Art7_2_Register_StillAcceptsANameInAnotherForm() =>
        Assert.Equal("寒地新材料联盟", NewAlliance("寒地新材料联盟").Name);

    [Fact]
    public void ChangeProfile_RenamesAndMoves_AndRaisesAllianceProfileChanged()
    {
        var alliance = NewAlliance();

        alliance.ChangeProfile(" 黑龙江省高端装备产业技术创新联盟 ", "high_end_equipment", Now.AddDays(1));

        Assert.Equal("黑龙江省高端装备产业技术创新联盟", alliance.Name);
        Assert.Equal("high_end_equipment", alliance.IndustryField);
        var changed = Assert.IsType<AllianceProfileChanged>(Assert.Single(alliance.DomainEvents));
        Assert.Equal(new AllianceProfileChanged(alliance.Id, "黑龙江省高端装备产业技术创新联盟", "high_end_equipment",
            StandardName, "new_materials", Now.AddDays(1)), changed);
    }

    [Fact]
    public void Art7_2_ChangeProfile_ToANameNotInTheStandardForm_IsRejected()
    {
        var alliance = NewAlliance();

        var broken = Assert.Throws<RuleViolationException>(() => alliance.ChangeProfile("新材料联盟", "new_materials", Now));

        Assert.Equal("alliance.name_not_standard", broken.Violation.Code);
        Assert.Equal("Art 7-2", broken.Violation.Article);
        Assert.Equal(StandardName, alliance.Name);
        Assert.Empty(alliance.DomainEvents);
    }

    [Fact]
    public void Art7_2_ChangeProfile_OfTheFieldOnly_KeepsAnOlderNameInAnotherForm()
    {
        var alliance = NewAlliance("寒地新材料联盟");

        alliance.ChangeProfile("寒地新材料联盟", "future_manufacturing", Now);

        Assert.Equal("future_manufacturing", alliance.IndustryField);
    }

    [Fact]
    public void ChangeProfile_ToTheSameProfile_RaisesNothing()
    {
        var alliance = NewAlliance();

        alliance.ChangeProfile(StandardName, "New_Materials", Now);

        Assert.Empty(alliance.DomainEvents);
    }

    [Theory]
    [InlineData(StandardName, "tourism", "alliance.unknown_industry_field")]
    [InlineData(" ", "new_materials", "alliance.name_required")]
    public void Art5_2_ChangeProfile_ThatBreaksARegistrationRule_IsRejected(string name, string field, string code) =>
        Assert.Equal(code, Assert.Throws<RuleViolationException>(() => NewAlliance().ChangeProfile(name, field, Now)).Violation.Code);

    [Fact]
    public void ClearDomainEvents_EmptiesTheList()
    {
        var alliance = NewAlliance();
        alliance.ChangeProfile("黑龙江省未来能源产业技术创新联盟", "future_energy", Now);

        alliance.ClearDomainEvents();

        Assert.Empty(alliance.DomainEvents);
    }
}
