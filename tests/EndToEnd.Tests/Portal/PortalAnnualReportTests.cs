using System.Globalization;
using System.Net;
using System.Text.Json;
using AlliancePlatform.EndToEnd.Tests.Filing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AlliancePlatform.EndToEnd.Tests.Portal;

/// <summary>
/// The applicant of a filed alliance signs in, finds the year's annual report due under 年度报告, fills it in and submits
/// it in the browser (Art 13); the secretariat then finds it submitted through the API.
/// </summary>
[Collection(PlatformCollection.Name)]
public class PortalAnnualReportTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task AnApplicant_FillsInAndSubmitsTheAnnualReport_InTheBrowser()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        var filedOn = DateOnly.Parse((await new FilingClient(platform.Applicant).GetAsync($"/api/filing/applications/{filed.ApplicationId}"))
            .GetProperty("filedOn").GetString()!, CultureInfo.InvariantCulture);
        var year = filedOn.Year;
        var at = $"/api/reporting/alliances/{filed.Alliance.Id}";
        await Eventually.ReturnsAsync(async () =>
            {
                using var response = await platform.Applicant.GetAsync($"{at}/obligations");
                return response.StatusCode;
            },
            status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "Reporting learning of the filing");
        // Early January of the next year: the report on the filing year is due.
        await platform.AdvanceClockPastAsync(new DateTimeOffset(year + 1, 1, 5, 10, 0, 0, TimeSpan.FromHours(8)));

        var page = await browser.OpenPortalAsync(platform, "/register");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/api/identity/account/login**");
        await page.GetByLabel("用户名").FillAsync("applicant-demo");
        await page.GetByLabel("密码").FillAsync(PlatformFixture.DemoUserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录 / Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/mine");
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "年度报告", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "年度报告", Exact = true, Level = 1 })).ToBeVisibleAsync();
        var alliance = page.Locator($"[data-testid=report-alliance][data-alliance='{filed.Alliance.Id}']");
        await Expect(alliance.GetByTestId("report-alliance-name")).ToHaveTextAsync(filed.Alliance.Name);
        var row = alliance.Locator($"[data-testid=report-row][data-year='{year}']");
        await Expect(row.GetByTestId("report-row-status")).ToHaveTextAsync("待提交");
        await Expect(row.GetByTestId("report-row-due-on")).ToHaveTextAsync($"{year + 1}年1月31日");
        await PortalBrowser.ScreenshotAsync(page, "my-reports");

        await row.GetByTestId("open-report").ClickAsync();
        await Expect(page.GetByTestId("report-status")).ToHaveAttributeAsync("data-status", "not_started");

        // Submitted without a summary: refused beside the field, nothing sent.
        await page.GetByTestId("report-joint-projects").FillAsync("3");
        await page.GetByTestId("report-joint-project-funding").FillAsync("1200000");
        await page.GetByTestId("report-meetings").FillAsync("4");
        await page.GetByTestId("report-achievement-transfers").FillAsync("1");
        await page.GetByTestId("report-transfer-contract-value").FillAsync("300000.50");
        await page.GetByTestId("submit-report").ClickAsync();
        await Expect(page.GetByTestId("report-form").GetByText("此项为必填项。")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("report-status")).ToHaveAttributeAsync("data-status", "not_started");

        await page.GetByTestId("report-summary").FillAsync("本年度联盟围绕高性能复合材料开展联合攻关，完成成果转移转化1项。");
        await PortalBrowser.ScreenshotAsync(page, "annual-report-form");
        await page.GetByTestId("submit-report").ClickAsync();

        // Either the report is submitted or the platform said why not (shown as a problem, reported here in full).
        await page.Locator("[data-testid=report-status][data-status=submitted], [data-testid=problem], [data-testid=report-form] .mud-input-error").First.WaitForAsync();
        if (await page.Locator("[data-testid=problem], [data-testid=report-form] .mud-input-error").CountAsync() > 0)
        {
            await PortalBrowser.ScreenshotAsync(page, "annual-report-refused");
            Assert.Fail($"The submission was refused: {await page.GetByTestId("report-form").InnerTextAsync()}");
        }
        await Expect(page.GetByTestId("report-status")).ToHaveAttributeAsync("data-status", "submitted");
        await Expect(page.GetByTestId("report-status")).ToHaveTextAsync("已提交待审核");
        await Expect(page.GetByTestId("report-obligation-status")).ToHaveTextAsync("按时提交");
        await PortalBrowser.ScreenshotAsync(page, "annual-report-submitted");

        using var response = await platform.Secretariat.GetAsync($"{at}/reports/{year}");
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("submitted", report.GetProperty("state").GetString());
        Assert.Equal("submitted_on_time", report.GetProperty("obligation").GetProperty("status").GetString());
        Assert.Equal(3, report.GetProperty("content").GetProperty("jointProjects").GetInt32());
        Assert.Equal(300_000.50m, report.GetProperty("content").GetProperty("transferContractValue").GetDecimal());
        Assert.StartsWith("本年度联盟围绕高性能复合材料", report.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }
}
