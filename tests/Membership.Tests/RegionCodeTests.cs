using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Tests;

public class RegionCodeTests
{
    [Theory]
    [InlineData("230100", true)]
    [InlineData("230202", true)]
    [InlineData("110108", false)]
    [InlineData("820000", false)]
    public void GBT2260_Parse_AcceptsSixDigitsOfAProvince(string text, bool inHeilongjiang)
    {
        var region = RegionCode.Parse(text);

        Assert.Equal(text, region.Value);
        Assert.Equal(inHeilongjiang, region.IsInHeilongjiang);
    }

    [Fact]
    public void GBT2260_Parse_AcceptsTheNationalLevel()
    {
        var region = RegionCode.Parse(RegionCode.National);

        Assert.True(region.IsNational);
        Assert.False(region.IsInHeilongjiang);
    }

    [Theory]
    [InlineData("23010", "region_code.not_six_digits")]
    [InlineData("2301000", "region_code.not_six_digits")]
    [InlineData("2301A0", "region_code.not_six_digits")]
    [InlineData("990000", "region_code.unknown_province")]
    [InlineData("100100", "region_code.unknown_province")]
    [InlineData("", "region_code.required")]
    [InlineData(null, "region_code.required")]
    public void GBT2260_Parse_OfAnythingElse_IsRejected(string? text, string code)
    {
        var broken = Assert.Throws<RuleViolationException>(() => RegionCode.Parse(text));

        Assert.Equal(code, broken.Violation.Code);
        Assert.False(RegionCode.TryParse(text, out _));
    }
}
