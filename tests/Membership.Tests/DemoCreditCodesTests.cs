using AlliancePlatform.Membership.Domain;

namespace AlliancePlatform.Membership.Tests;

/// <summary>The made-up codes the demo data uses: check characters computed, no real unit behind them.</summary>
public class DemoCreditCodesTests
{
    [Theory]
    [InlineData("91230100MA1B2C3D49", "2301")]
    [InlineData("91230103MA18XK2L68", "2301")]
    [InlineData("91230109MA1C7R3T8C", "2301")]
    [InlineData("12230100MB0F5483XH", "2301")]
    [InlineData("12230100MB1A2B3C4M", "2301")]
    [InlineData("52230100MJ0A1B2C39", "2301")]
    [InlineData("91230200MA1F6G7H8U", "2302")]
    [InlineData("91230202MA1J3K4L5P", "2302")]
    public void GB32100_HeilongjiangDemoCodes_AreValid(string text, string city)
    {
        var code = UnifiedSocialCreditCode.Parse(text);

        Assert.StartsWith(city, code.AdministrativeDivision.Value, StringComparison.Ordinal);
        Assert.True(code.IsRegisteredInHeilongjiang);
    }

    [Theory]
    [InlineData("91110108MA01ABCDEN")]
    [InlineData("91210100MA0Y1B2C33")]
    public void GB32100_OtherProvinceDemoCodes_AreValid(string text) =>
        Assert.False(UnifiedSocialCreditCode.Parse(text).IsRegisteredInHeilongjiang);
}
