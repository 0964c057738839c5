using AlliancePlatform.Testing;
using Microsoft.Playwright;

namespace AlliancePlatform.EndToEnd.Tests.Portal;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), one per test class, a fresh context per test;
/// pages at 1366×768 with screenshots under <c>artifacts/screenshots</c> at the repository's root (git-ignored).
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Generous: other engineers' stacks share this 2-core machine.</summary>
    public const float Timeout = 60_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _lastPage;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(Timeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
            Timeout = Timeout,
        });
    }

    /// <summary>A new browser profile: no cookies, Chinese as the browser's language.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(Timeout);
        _lastPage = await context.NewPageAsync();
        return _lastPage;
    }

    /// <summary>A new browser profile at <paramref name="path"/> of the platform's portal, once its circuit is live.</summary>
    public async Task<IPage> OpenPortalAsync(PlatformFixture platform, string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(platform.Platform.EndpointOf(PlatformUnderTest.PortalName), path).ToString());
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>
    /// A new browser profile signed in as <paramref name="userName"/> through Identity's real login page (the seeded demo
    /// accounts share one password), then at <paramref name="path"/> once its circuit is live.
    /// </summary>
    public async Task<IPage> SignedInAsync(PlatformFixture platform, string userName, string path)
    {
        var page = await OpenPortalAsync(platform, "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/api/identity/account/login**");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(PlatformFixture.DemoUserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录 / Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/mine");
        await page.GotoAsync(new Uri(platform.Platform.EndpointOf(PlatformUnderTest.PortalName), path).ToString());
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>Picks an option of a MudSelect: the list opens in a popover beside the page, each option marked <c>{testId}-{code}</c>.</summary>
    public static async Task ChooseAsync(IPage page, string testId, string code)
    {
        await page.GetByTestId(testId).ClickAsync();
        var option = page.GetByTestId($"{testId}-{code}");
        await option.ClickAsync();
        // Until the list has closed, its overlay covers the page and swallows the next click.
        await option.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
    }

    /// <summary>Waits until the page's circuit is live (the layout marks it once rendered interactively).</summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("[data-ready=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

    /// <summary>For a failed test: what the most recently opened page shows, if it is still open.</summary>
    public async Task ScreenshotLastPageAsync(string name)
    {
        if (_lastPage is { IsClosed: false } page)
        {
            await ScreenshotAsync(page, name);
        }
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), Animations = ScreenshotAnimations.Disabled });
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Alliance.Platform.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? AppContext.BaseDirectory;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
