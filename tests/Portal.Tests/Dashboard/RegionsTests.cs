using AlliancePlatform.Portal.Features;

namespace AlliancePlatform.Portal.Tests.Dashboard;

public class RegionsTests
{
    [Theory]
    [InlineData("230100", "哈尔滨市", "Harbin")]
    [InlineData("230600", "大庆市", "Daqing")]
    [InlineData("232700", "大兴安岭地区", "Da Hinggan Ling")]
    [InlineData("231200", "绥化市", "Suihua")]
    public void APrefectureCode_IsNamedInBothLanguages(string code, string chinese, string english)
    {
        Assert.Equal(chinese, Regions.Name(code, english: false));
        Assert.Equal(english, Regions.Name(code, english: true));
    }

    [Fact]
    public void ACountyLevelCode_IsNamedByItsPrefecture()
    {
        Assert.Equal("230100", Regions.PrefectureOf("230183"));
        Assert.Equal("哈尔滨市", Regions.Name("230183", english: false));
    }

    [Theory]
    [InlineData("110000")]
    [InlineData("unknown")]
    [InlineData("2301")]
    public void AnUnknownCode_IsShownAsItself(string code) => Assert.Equal(code, Regions.Name(code, english: false));

    [Fact]
    public void AllThirteenPrefectures_AreKnown()
    {
        Assert.Equal(13, Regions.Codes.Count);
        Assert.All(Regions.Codes, code => Assert.NotEqual(code, Regions.Name(code, english: false)));
    }
}
