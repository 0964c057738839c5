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

    [Theory]
    // A broken rule: Chinese message as the title, English as the detail.
    [InlineData("公示期已结束，不再受理异议。", "The notice has closed; objections are no longer accepted.", "zh-CN", "公示期已结束，不再受理异议。")]
    [InlineData("公示期已结束，不再受理异议。", "The notice has closed; objections are no longer accepted.", "en", "The notice has closed; objections are no longer accepted.")]
    // A bilingual title with an English-only detail: the Chinese reader gets the title's Chinese.
    [InlineData("服务暂时不可用 / The service is temporarily unavailable", "Nothing was saved. Please try again in 5 seconds.", "zh-CN", "服务暂时不可用")]
    [InlineData("服务暂时不可用 / The service is temporarily unavailable", "Nothing was saved. Please try again in 5 seconds.", "en", "Nothing was saved. Please try again in 5 seconds.")]
    [InlineData("未找到 / Not found", "未找到该联盟。 / No such alliance.", "zh-CN", "未找到该联盟。")]
    public void Messages_ShowEachReaderTheirLanguage(string title, string detail, string culture, string expected) =>
        Assert.Equal([expected], new ApiProblem(System.Net.HttpStatusCode.Conflict, title, detail, []).Messages(System.Globalization.CultureInfo.GetCultureInfo(culture)));
}

public class ApiProblemPlacementTests
{
    private static readonly ApiProblem NameTooLong = new(System.Net.HttpStatusCode.BadRequest, "请求参数有误 / Invalid request", null, ["姓名过长 / Name too long"])
    {
        Fields = new Dictionary<string, IReadOnlyList<string>> { ["Request.Name"] = ["姓名过长 / Name too long"] },
    };

    [Fact]
    public void AProblemAboutAFieldTheFormShows_IsPlacedBesideIt_NotAboveTheForm()
    {
        Assert.Null(NameTooLong.UnplacedBeside(["name", "contact"]));
        Assert.Equal("Name too long", NameTooLong.ErrorTextOf("name", System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Null(NameTooLong.ErrorTextOf("contact", System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void AProblemAboutAFieldTheFormLacks_OrABrokenRule_IsShownAboveTheForm()
    {
        Assert.Same(NameTooLong, NameTooLong.UnplacedBeside(["contact"]));
        var rule = new ApiProblem(System.Net.HttpStatusCode.Conflict, "公示期已结束。", "The notice has closed.", []);
        Assert.Same(rule, rule.UnplacedBeside(["name"]));
    }
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
