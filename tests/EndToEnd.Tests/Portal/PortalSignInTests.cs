using AlliancePlatform.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AlliancePlatform.EndToEnd.Tests.Portal;

/// <summary>A person signs in to the portal through Identity's real login page, switches to English and signs out.</summary>
[Collection(PlatformCollection.Name)]
public class PortalSignInTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task AnApplicant_SignsIn_SeesOwnNameAndUnit_SwitchesToEnglish_AndSignsOut()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(platform.Platform.EndpointOf(PlatformUnderTest.PortalName).ToString());
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // Identity's own page, on the gateway's address: the portal never sees the password.
        await page.WaitForURLAsync("**/api/identity/account/login**");
        await page.GetByLabel("用户名").FillAsync("applicant-qiqihar-demo");
        await page.GetByLabel("密码").FillAsync(PlatformFixture.DemoUserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录 / Sign in" }).ClickAsync();

        await page.WaitForURLAsync("**/mine");
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByTestId("mine-name")).ToHaveTextAsync("演示用户 (applicant)");
        await Expect(page.GetByTestId("mine-unit")).ToHaveTextAsync("91230200MA1F6G7H8U");
        await Expect(page.GetByTestId("mine-roles")).ToHaveTextAsync("联盟申报单位");
        await PortalBrowser.ScreenshotAsync(page, "mine-zh");

        await page.GetByTestId("language-toggle").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mine" })).ToBeVisibleAsync();
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByTestId("mine-roles")).ToHaveTextAsync("Applicant");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await PortalBrowser.ScreenshotAsync(page, "mine-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register of filed alliances" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mine" })).ToHaveCountAsync(0);
        await PortalBrowser.ScreenshotAsync(page, "register-en-signed-out");
    }
}
