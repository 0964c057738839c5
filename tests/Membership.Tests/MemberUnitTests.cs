using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Tests.TestData;

namespace AlliancePlatform.Membership.Tests;

public class MemberUnitTests
{
    private const string HarbinCode = "91230100MA1B2C3D49";

    [Fact]
    public void Register_WithValidDetails_RecordsThem()
    {
        var unit = MemberUnit.Register(HarbinCode, Details(MemberUnitType.Enterprise, "  哈尔滨新材料科技有限公司 "), TestData.Registrant, Now.AddTicks(1234567));

        Assert.NotEqual(Guid.Empty, unit.Id);
        Assert.Equal(HarbinCode, unit.CreditCode.Value);
        Assert.Equal("哈尔滨新材料科技有限公司", unit.Name);
        Assert.Equal(MemberUnitType.Enterprise, unit.Type);
        Assert.Equal("230100", unit.RegisteredRegion.Value);
        Assert.Equal(LegalRepresentative, unit.LegalRepresentative);
        Assert.Equal("李秘书", unit.Contact.Person);
        Assert.Equal("0451-86412345", unit.Contact.Phone);
        Assert.Equal("contact@example.cn", unit.Contact.Email);
        Assert.Equal(Now.AddTicks(1234560), unit.RegisteredAt);
    }

    [Theory]
    [InlineData("91230100MA1B2C3D4E", "credit_code.bad_check_character")]
    [InlineData("91230100ma1b2c3d49", "credit_code.lower_case")]
    [InlineData(null, "credit_code.required")]
    public void GB32100_Register_WithABadCreditCode_IsRejected(string? creditCode, string code) =>
        AssertRejected(() => MemberUnit.Register(creditCode, Details(MemberUnitType.Enterprise), TestData.Registrant, Now), code);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Art6_1_Register_WithoutAName_IsRejected(string? name) =>
        AssertRejected(() => MemberUnit.Register(HarbinCode, Details(MemberUnitType.Enterprise) with { Name = name }, TestData.Registrant, Now),
            "member_unit.name_required");

    [Fact]
    public void Art6_1_Register_WithAnOverlongName_IsRejected() =>
        AssertRejected(() => MemberUnit.Register(HarbinCode, Details(MemberUnitType.Enterprise) with { Name = new string('企', 101) }, TestData.Registrant, Now),
            "member_unit.name_too_long");

    [Fact]
    public void Art6_1_Register_OfATypeNotListed_IsRejected() =>
        AssertRejected(() => MemberUnit.Register(HarbinCode, Details((MemberUnitType)42), TestData.Registrant, Now), "member_unit.unknown_type");

    [Theory]
    [InlineData("2301", "region_code.not_six_digits")]
    [InlineData("990100", "region_code.unknown_province")]
    public void GBT2260_Register_InARegionThatIsNoCode_IsRejected(string region, string code) =>
        AssertRejected(() => MemberUnit.Register(HarbinCode, Details(MemberUnitType.Enterprise) with { RegisteredRegion = region }, TestData.Registrant, Now), code);

    [Fact]
    public void Art6_2_Register_WithoutALegalRepresentative_IsRejected() =>
        AssertRejected(() => MemberUnit.Register(HarbinCode, Details(MemberUnitType.University) with { LegalRepresentative = " " }, TestData.Registrant, Now),
            "member_unit.legal_representative_required");

    [Fact]
    public void Art9_1_Register_WithoutAContactPerson_IsRejected() =>
        AssertRejected(() => MemberUnit.Register(HarbinCode, Details(MemberUnitType.University) with { ContactPerson = null }, TestData.Registrant, Now),
            "member_unit.contact_person_required");

    [Theory]
    [InlineData("13800138000")]
    [InlineData("0451-86412345")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("(0452) 2712345")]
    public void Art9_1_Register_WithAPhoneNumber_IsAccepted(string phone) =>
        Assert.Equal(phone, MemberUnit.Register(HarbinCode, Details(MemberUnitType.Enterprise) with { ContactPhone = phone }, TestData.Registrant, Now).Contact.Phone);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123456")]
    [InlineData("0451-8641234x")]
    [InlineData("86+13800138000")]
    [InlineData("1234567890123456")]
    public void Art9_1_Register_WithSomethingElseForAPhone_IsRejected(string? phone) =>
        AssertRejected(() => MemberUnit.Register(HarbinCode, Details(MemberUnitType.Enterprise) with { ContactPhone = phone }, TestData.Registrant, Now),
            "member_unit.contact_phone_invalid");

    [Theory]
    [InlineData("contact")]
    [InlineData("contact@example")]
    [InlineData("@example.cn")]
    [InlineData("con tact@example.cn")]
    [InlineData("a@b@example.cn")]
    [InlineData("contact@example.")]
    public void Art9_1_Register_WithABadEmail_IsRejected(string email) =>
        AssertRejected(() => MemberUnit.Register(HarbinCode, Details(MemberUnitType.Enterprise) with { ContactEmail = email }, TestData.Registrant, Now),
            "member_unit.contact_email_invalid");

    [Fact]
    public void Art9_1_Register_WithoutAnEmail_IsAccepted() =>
        Assert.Null(MemberUnit.Register(HarbinCode, Details(MemberUnitType.Enterprise) with { ContactEmail = " " }, TestData.Registrant, Now).Contact.Email);

    [Fact]
    public void Update_ReplacesTheDetailsAndKeepsTheCreditCode()
    {
        var unit = MemberUnit.Register(HarbinCode, Details(MemberUnitType.ResearchInstitute), TestData.Registrant, Now);

        unit.Update(Details(MemberUnitType.ServiceOrg, "哈尔滨技术转移中心", "230103") with { LegalRepresentative = "刘新" }, Now.AddDays(1));

        Assert.Equal(HarbinCode, unit.CreditCode.Value);
        Assert.Equal("哈尔滨技术转移中心", unit.Name);
        Assert.Equal(MemberUnitType.ServiceOrg, unit.Type);
        Assert.Equal("230103", unit.RegisteredRegion.Value);
        Assert.Equal("刘新", unit.LegalRepresentative);
        Assert.Equal(Now.AddDays(1), unit.UpdatedAt);
        Assert.Equal(Now, unit.RegisteredAt);
    }

    [Fact]
    public void Update_ThatBreaksARule_ChangesNothing()
    {
        var unit = MemberUnit.Register(HarbinCode, Details(MemberUnitType.Enterprise), TestData.Registrant, Now);

        AssertRejected(() => unit.Update(Details(MemberUnitType.University, "新名称") with { ContactPhone = "x" }, Now.AddDays(1)),
            "member_unit.contact_phone_invalid");

        Assert.Equal("哈尔滨新材料科技有限公司", unit.Name);
        Assert.Equal(MemberUnitType.Enterprise, unit.Type);
        Assert.Equal(Now, unit.UpdatedAt);
    }

    [Fact]
    public void Art27_FinancialInstitutions_AreAUnitTypeWithAStableCode()
    {
        Assert.Equal(MemberUnitType.FinancialInstitution, MemberUnitTypeInfo.Find("financial_institution")?.Type);
        Assert.Equal(MemberUnitType.ResearchInstitute, MemberUnitTypeInfo.Find("Research_Institute")?.Type);
        Assert.Null(MemberUnitTypeInfo.Find("bank"));
        Assert.Equal(Enum.GetValues<MemberUnitType>().Length, MemberUnitTypeInfo.All.Count);
    }

    private static void AssertRejected(Action act, string code) =>
        Assert.Equal(code, Assert.Throws<RuleViolationException>(act).Violation.Code);
}
