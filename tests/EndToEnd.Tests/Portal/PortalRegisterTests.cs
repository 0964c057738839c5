using AlliancePlatform.EndToEnd.Tests.Filing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AlliancePlatform.EndToEnd.Tests.Portal;

/// <summary>Anyone, without signing in, finds a filed alliance in the portal's register and opens its entry.</summary>
[Collection(PlatformCollection.Name)]
public class PortalRegisterTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task Anyone_FindsAFiledAllianceInTheRegister_AndOpensItsEntry()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        var page = await browser.OpenPortalAsync(platform, "/register");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "联盟备案名录" })).ToBeVisibleAsync();

        await page.GetByLabel("联盟名称").FillAsync(filed.Alliance.Name);
        await page.GetByTestId("search").ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = filed.Alliance.Name, Exact = true });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = PortalBrowser.Timeout });
        await Expect(page.GetByTestId("register-table")).ToContainTextAsync(filed.DocumentNumber);
        await PortalBrowser.ScreenshotAsync(page, "register-search");

        await link.ClickAsync();
        await Expect(page.GetByTestId("alliance-name")).ToHaveTextAsync(filed.Alliance.Name);
        await Expect(page.GetByTestId("document-number")).ToHaveTextAsync(filed.DocumentNumber);
        await Expect(page.Locator("body")).ToContainTextAsync("备案文号");
        await Expect(page.GetByTestId("grade-history-empty")).ToHaveTextAsync("尚未评价");
        await PortalBrowser.ScreenshotAsync(page, "alliance-detail");
    }
}
