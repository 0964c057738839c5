using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Tests;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the worked example of GB 32100-2015
    [InlineData("91110000600037341L")]
    [InlineData("91110108551385082Q")]
    [InlineData("91440300708461136T")]
    [InlineData("911100001000079554")]
    [InlineData("91230100MA000000Q0")] // check value 31 is written 0
    public void GB32100_Parse_AcceptsCodesWithACorrectCheckCharacter(string text)
    {
        Assert.Equal(text, UnifiedSocialCreditCode.Parse(text).Value);
        Assert.Null(UnifiedSocialCreditCode.Check(text));
    }

    [Fact]
    public void GB32100_Parse_NamesTheParts()
    {
        var code = UnifiedSocialCreditCode.Parse("91350100M000100Y43");

        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.OrganisationType);
        Assert.Equal("350100", code.AdministrativeDivision.Value);
        Assert.Equal("M000100Y4", code.OrganisationCode);
        Assert.Equal('3', code.CheckCharacter);
        Assert.False(code.IsRegisteredInHeilongjiang);
        Assert.Equal("91350100M000100Y43", code.ToString());
    }

    [Theory]
    [InlineData("91230100MA1B2C3D49", true)]
    [InlineData("91230200MA1F6G7H8U", true)]
    [InlineData("91210100MA0Y1B2C33", false)]
    public void Art6_1_IsRegisteredInHeilongjiang_WhenTheDivisionBeginsWith23(string text, bool inHeilongjiang) =>
        Assert.Equal(inHeilongjiang, UnifiedSocialCreditCode.Parse(text).IsRegisteredInHeilongjiang);

    [Fact]
    public void GB32100_Parse_IgnoresSurroundingSpace() =>
        Assert.Equal("91110000600037341L", UnifiedSocialCreditCode.Parse(" 91110000600037341L ").Value);

    [Fact]
    public void GB32100_EqualCodes_AreEqualValues() =>
        Assert.Equal(UnifiedSocialCreditCode.Parse("91110000600037341L"), UnifiedSocialCreditCode.Parse("91110000600037341L"));

    [Theory]
    [InlineData("91110000600037341M")]
    [InlineData("91110000600037341A")]
    [InlineData("91110000600037342L")] // a changed digit, not the check character
    [InlineData("91350100M000100Y34")] // two characters swapped
    public void GB32100_Parse_WithAWrongCheckCharacter_IsRejected(string text) =>
        AssertRejected(text, "credit_code.bad_check_character");

    [Theory]
    [InlineData("91110000I00037341L")]
    [InlineData("91110000O00037341L")]
    [InlineData("91110000S00037341L")]
    [InlineData("91110000V00037341L")]
    [InlineData("91110000Z00037341L")]
    [InlineData("9111000060003734-L")]
    [InlineData("９1110000600037341L")] // a full-width digit
    public void GB32100_Parse_WithAForbiddenCharacter_IsRejected(string text) =>
        AssertRejected(text, "credit_code.forbidden_character");

    [Theory]
    [InlineData("91110000600037341l")]
    [InlineData("91350100m000100Y43")]
    public void GB32100_Parse_InLowerCase_IsRejectedRatherThanCapitalised(string text) =>
        AssertRejected(text, "credit_code.lower_case");

    [Theory]
    [InlineData("91110000600037341")]
    [InlineData("91110000600037341LL")]
    [InlineData("9")]
    public void GB32100_Parse_OfTheWrongLength_IsRejected(string text) =>
        AssertRejected(text, "credit_code.wrong_length");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void GB32100_Parse_OfNothing_IsRejected(string? text) =>
        AssertRejected(text, "credit_code.required");

    [Theory]
    [InlineData("91990000MA0000001")] // no province 99
    [InlineData("91A30100MA0000001")] // a letter in the division
    [InlineData("91000000MA0000001")]
    public void GBT2260_Parse_WithABadDivision_IsRejectedEvenWithACorrectCheckCharacter(string first17) =>
        AssertRejected(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17), "credit_code.bad_division");

    [Fact]
    public void GB32100_Parse_OfANationalRegistration_IsAccepted()
    {
        const string first17 = "12100000400000001";

        var code = UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

        Assert.True(code.AdministrativeDivision.IsNational);
    }

    [Fact]
    public void GB32100_TryParse_SaysWhetherTheCodeIsValid()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("91110000600037341L", out var valid));
        Assert.Equal("91110000600037341L", valid.Value);
        Assert.False(UnifiedSocialCreditCode.TryParse("91110000600037341M", out var invalid));
        Assert.Null(invalid);
    }

    [Fact]
    public void GB32100_RulesCiteTheStandard()
    {
        var broken = Assert.Throws<RuleViolationException>(() => UnifiedSocialCreditCode.Parse("91110000600037341M"));

        Assert.Equal("GB 32100-2015", broken.Violation.Article);
        Assert.Equal(RuleKind.Unprocessable, broken.Violation.Kind);
        Assert.Contains("校验码", broken.Violation.Message, StringComparison.Ordinal);
    }

    private static void AssertRejected(string? text, string code)
    {
        var broken = Assert.Throws<RuleViolationException>(() => UnifiedSocialCreditCode.Parse(text));
        Assert.Equal(code, broken.Violation.Code);
        Assert.Equal(code, UnifiedSocialCreditCode.Check(text)?.Code);
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out _));
    }
}
