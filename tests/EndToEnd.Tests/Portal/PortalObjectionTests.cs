using AlliancePlatform.EndToEnd.Tests.Filing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AlliancePlatform.EndToEnd.Tests.Portal;

/// <summary>Anyone, without signing in, reads an open public notice in the portal and files an objection (Art 11-7).</summary>
[Collection(PlatformCollection.Name)]
public class PortalObjectionTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task Anyone_ReadsAnOpenNotice_AndFilesAnObjectionInTheBrowser()
    {
        var onNotice = await FiledAlliances.PutOnNoticeAsync(platform);
        var page = await browser.OpenPortalAsync(platform, "/register");

        // The notices are one click away for everyone.
        await page.GetByRole(AriaRole.Link, new() { Name = "公示与异议" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "联盟备案公示" })).ToBeVisibleAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = onNotice.Alliance.Name, Exact = true });
        await Expect(link).ToBeVisibleAsync();
        await Expect(page.GetByTestId("notices-table")).ToContainTextAsync("个工作日");
        await PortalBrowser.ScreenshotAsync(page, "notices");

        await link.ClickAsync();
        await Expect(page.GetByTestId("notice-alliance")).ToHaveTextAsync(onNotice.Alliance.Name);
        await Expect(page.GetByTestId("notice-period")).ToContainTextAsync("个工作日");

        // Filed empty: every field says it is required, and nothing is sent.
        await page.GetByTestId("file-objection").ClickAsync();
        await Expect(page.GetByTestId("objection-form").GetByText("此项为必填项。")).ToHaveCountAsync(3);

        await page.GetByLabel("姓名").FillAsync("赵女士");
        await page.GetByLabel("联系方式").FillAsync("zhao@example.cn");
        await page.GetByLabel("异议事实和理由").FillAsync("该联盟的部分成员单位并未参与联盟协议的签署。");
        await Expect(page.GetByTestId("objection-form").GetByText("此项为必填项。")).ToHaveCountAsync(0);
        await PortalBrowser.ScreenshotAsync(page, "notice-objection");
        await page.GetByTestId("file-objection").ClickAsync();

        await Expect(page.GetByTestId("receipt")).ToContainTextAsync("异议已收到");
        var reference = Guid.Parse(await page.GetByTestId("receipt-reference").InnerTextAsync());
        await Expect(page.GetByTestId("receipt-time")).ToContainTextAsync("年");

        // The admin division sees exactly that one objection, with the objector's contact.
        var application = await new FilingClient(platform.Admin).GetAsync($"/api/filing/applications/{onNotice.ApplicationId}");
        var objection = Assert.Single(application.GetProperty("objections").EnumerateArray());
        Assert.Equal(reference, objection.GetProperty("id").GetGuid());
        Assert.Equal("zhao@example.cn", objection.GetProperty("contact").GetString());
        Assert.Equal("赵女士", objection.GetProperty("name").GetString());
    }
}
