using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Tests;

public class ApiProblemTests
{
    [Theory]
    [InlineData("没有公开的评价结果 / No public grades", false, "没有公开的评价结果")]
    [InlineData("没有公开的评价结果 / No public grades", true, "No public grades")]
    [InlineData("只有中文", true, "只有中文")]
    public void InLanguage_PicksTheSideOfTheBilingualText(string text, bool english, string expected) =>
        Assert.Equal(expected, ApiProblem.InLanguage(text, english));
}

public class LocalPathsTests
{
    [Theory]
    [InlineData("/mine", "/mine")]
    [InlineData("/register?name=x", "/register?name=x")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData(null, "/")]
    public void OrHome_KeepsOnlyPathsOnThisSite(string? returnUrl, string expected) => Assert.Equal(expected, LocalPaths.OrHome(returnUrl));
}
