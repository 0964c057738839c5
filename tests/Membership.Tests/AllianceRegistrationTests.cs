using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Tests;

public class AllianceRegistrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 10, 0, 0, TimeSpan.FromHours(8));
    private const string Harbin = "91230100MA1B2C3D49";

    [Fact]
    public void Register_WithANameAndAListedField_RecordsBoth()
    {
        var alliance = Alliance.Register("  黑龙江省冰雪经济产业技术创新联盟 ", "ice_snow_economy", Harbin, Now);

        Assert.Equal("黑龙江省冰雪经济产业技术创新联盟", alliance.Name);
        Assert.Equal("ice_snow_economy", alliance.IndustryField);
        Assert.Equal(Now, alliance.RegisteredAt);
        Assert.NotEqual(Guid.Empty, alliance.Id);
    }

    [Fact]
    public void Register_KeepsTheTimeToTheMicrosecondTheDatabaseStores()
    {
        var alliance = Alliance.Register("黑龙江省冰雪经济产业技术创新联盟", "ice_snow_economy", Harbin, Now.AddTicks(1234567));

        Assert.Equal(Now.AddTicks(1234560), alliance.RegisteredAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Art7_2_Register_WithoutAName_IsRejected(string? name)
    {
        var broken = Assert.Throws<RuleViolationException>(() => Alliance.Register(name, "new_materials", Harbin, Now));

        Assert.Equal("alliance.name_required", broken.Violation.Code);
        Assert.Equal("Art 7-2", broken.Violation.Article);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Art7_Register_ByAnAccountOfNoUnit_IsRejected(string? organization)
    {
        var broken = Assert.Throws<RuleViolationException>(() => Alliance.Register("黑龙江省新材料产业技术创新联盟", "new_materials", organization, Now));

        Assert.Equal("alliance.organization_required", broken.Violation.Code);
    }

    [Fact]
    public void IsActingFor_OnlyTheRegisteringUnit()
    {
        var alliance = Alliance.Register("黑龙江省新材料产业技术创新联盟", "new_materials", Harbin, Now);

        Assert.True(alliance.IsActingFor(Harbin));
        Assert.False(alliance.IsActingFor("91230200MA1F6G7H8U"));
        Assert.False(alliance.IsActingFor(null));
    }

    [Fact]
    public void Art7_2_Register_WithAnOverlongName_IsRejected()
    {
        var broken = Assert.Throws<RuleViolationException>(() => Alliance.Register(new string('联', 101), "new_materials", Harbin, Now));

        Assert.Equal("alliance.name_too_long", broken.Violation.Code);
    }

    [Theory]
    [InlineData("tourism")]
    [InlineData("")]
    [InlineData(null)]
    public void Art5_2_Register_InAFieldNotListed_IsRejected(string? field)
    {
        var broken = Assert.Throws<RuleViolationException>(() => Alliance.Register("黑龙江省旅游产业技术创新联盟", field, Harbin, Now));

        Assert.Equal("alliance.unknown_industry_field", broken.Violation.Code);
        Assert.Equal("Art 5-2", broken.Violation.Article);
    }

    [Fact]
    public void Art5_2_TheListHoldsTheFourteenFieldsOfTheRegulation()
    {
        Assert.Equal(14, IndustryField.All.Count);
        Assert.Equal(14, IndustryField.All.Select(f => f.Code).Distinct().Count());
        Assert.Contains(IndustryField.All, f => f.Name == "冰雪经济");
        Assert.Contains(IndustryField.All, f => f.Name == "农机装备");
    }

    [Fact]
    public void Art5_2_FieldCodesAreMatchedWithoutRegardToCase()
    {
        Assert.Equal("future_energy", Alliance.Register("黑龙江省未来能源产业技术创新联盟", "Future_Energy", Harbin, Now).IndustryField);
    }
}
