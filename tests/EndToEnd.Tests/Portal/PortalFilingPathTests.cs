using AlliancePlatform.EndToEnd.Tests.Filing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AlliancePlatform.EndToEnd.Tests.Portal;

/// <summary>
/// The whole filing path in the browser (Art 6, 10, 11): an applicant forms an alliance and applies; the recommender,
/// the secretariat and the business division review it; the admin division convenes the experts, who give their
/// opinions, and decides; once the public notice has run its course the public finds the alliance in the register.
/// Every step is clicked by the seeded account of its role; only the roster entries and the clock are set through the API.
/// </summary>
[Collection(PlatformCollection.Name)]
public class PortalFilingPathTests(PlatformFixture platform, PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    [Fact]
    public async Task AnAlliance_IsClickedThroughEveryRole_FromRegistrationToFiled_AndTheRegisterShowsIt()
    {
        try
        {
            await WalkTheFilingPathAsync();
        }
        catch
        {
            await browser.ScreenshotLastPageAsync("portal-filing-path-failed");
            throw;
        }
    }

    private async Task WalkTheFilingPathAsync()
    {
        var name = Alliances.UniqueName();
        var applicationId = await ApplicantFormsAndAppliesAsync(name);

        await ReviewAsync("recommender-demo", applicationId, "recommend", "portal-review-recommender");
        await ReviewAsync("secretariat-demo", applicationId, "pass", "portal-review-secretariat");
        await ReviewAsync("business-division-demo", applicationId, "pass", "portal-review-business");

        await Experts.OnRosterAsync(platform.Admin, "expert-demo", "science_technology_management", "12230000MB0000003W");
        await Experts.OnRosterAsync(platform.Admin, "expert-industry-demo", "industry", "91230100MA1D4E5F6G", "钱峰");
        var admin = await browser.SignedInAsync(platform, "admin-division-demo", $"/reviews/{applicationId}");
        foreach (var account in new[] { "expert-demo", "expert-industry-demo" })
        {
            await admin.Locator($"[data-testid=roster-expert][data-account='{account}']").GetByTestId("assign-expert").ClickAsync();
            await Expect(admin.GetByTestId("panel-expert")).ToHaveCountAsync(account == "expert-demo" ? 1 : 2);
        }
        await PortalBrowser.ScreenshotAsync(admin, "portal-review-panel");

        foreach (var expert in new[] { "expert-demo", "expert-industry-demo" })
        {
            var page = await browser.SignedInAsync(platform, expert, "/inbox");
            await page.Locator($"[data-testid=inbox-row][data-application-id='{applicationId}']").GetByTestId("open-review").ClickAsync();
            await page.GetByTestId("expert-opinion-supports").CheckAsync();
            await Fill(page, "expert-opinion-text", "联盟组建规范，同意备案。");
            await page.GetByTestId("submit-opinion").ClickAsync();
            await Expect(page.GetByTestId("review-done")).ToBeVisibleAsync();
            if (expert == "expert-demo")
            {
                await PortalBrowser.ScreenshotAsync(page, "portal-expert-opinion");
            }
            await page.Context.CloseAsync();
        }

        await admin.ReloadAsync();
        await PortalBrowser.WaitUntilInteractiveAsync(admin);
        await Fill(admin, "consolidated-opinion", "专家一致建议予以备案。");
        await admin.GetByTestId("submit-consultation").ClickAsync();
        await Expect(admin.GetByTestId("review-done")).ToBeVisibleAsync();
        await Fill(admin, "meeting-on", Today);
        await Fill(admin, "meeting-reference", "厅务会纪要〔2026〕12号");
        await admin.GetByTestId("decision-approved-true").CheckAsync();
        await admin.GetByTestId("submit-decision").ClickAsync();
        await Expect(admin.GetByTestId("review-status")).ToHaveAttributeAsync("data-status", "public_notice");
        await PortalBrowser.ScreenshotAsync(admin, "portal-review-decided");

        // The notice runs for its working days; the test moves the platform's clock past its close.
        var onNotice = await new FilingClient(platform.Admin).GetAsync($"/api/filing/applications/{applicationId}");
        await platform.AdvanceClockPastAsync(onNotice.GetProperty("notice").GetProperty("closesAt").GetDateTimeOffset());
        await Eventually.ReturnsAsync(() => new FilingClient(platform.Applicant).GetAsync($"/api/filing/applications/{applicationId}"),
            a => FilingClient.Status(a) == "filed", TimeSpan.FromSeconds(60), "filing when the notice closes");

        var applicant = await browser.SignedInAsync(platform, "applicant-demo", $"/my/filings/{applicationId}");
        await Expect(applicant.GetByTestId("filing-status")).ToHaveAttributeAsync("data-status", "filed");
        await Expect(applicant.GetByTestId("document-number")).ToContainTextAsync("黑");
        await PortalBrowser.ScreenshotAsync(applicant, "portal-my-filing-filed");

        var visitor = await browser.OpenPortalAsync(platform, "/register");
        await visitor.GetByLabel("联盟名称").FillAsync(name);
        await visitor.GetByLabel("联盟名称").PressAsync("Enter");
        var entry = visitor.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        await Expect(entry).ToBeVisibleAsync();
        await entry.ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await PortalBrowser.ScreenshotAsync(visitor, "portal-register-filed-alliance");
    }

    /// <summary>The applicant registers the alliance, brings in its three founding units, adopts and signs the charter, sets up its bodies and applies.</summary>
    private async Task<Guid> ApplicantFormsAndAppliesAsync(string name)
    {
        var page = await browser.SignedInAsync(platform, "applicant-demo", "/my/alliances");
        await Fill(page, "alliance-name", name);
        await PortalBrowser.ChooseAsync(page, "alliance-field", "new_materials");
        await page.GetByTestId("register-alliance").ClickAsync();
        await Expect(page.GetByTestId("alliance-title")).ToHaveTextAsync(name);

        var units = new[]
        {
            (Code: PlatformFixture.HarbinApplicantOrganization, Name: "哈尔滨新材料科技有限公司", Type: "enterprise"),
            (Code: CreditCodes.New(prefix: "12"), Name: "哈尔滨理工大学", Type: "university"),
            (Code: CreditCodes.New(prefix: "12"), Name: "黑龙江省材料研究所", Type: "research_institute"),
        };
        foreach (var (unit, index) in units.Select((u, i) => (u, i)))
        {
            // The unit's details are used only when the platform does not know the credit code yet.
            await Fill(page, "unit-credit-code", unit.Code);
            await Fill(page, "unit-name", unit.Name);
            await PortalBrowser.ChooseAsync(page, "unit-type", unit.Type);
            await Fill(page, "unit-region", "230100");
            await Fill(page, "unit-legal-representative", "王建国");
            await Fill(page, "unit-contact-person", "李敏");
            await Fill(page, "unit-contact-phone", "0451-86390000");
            await Fill(page, "member-joined-on", Today);
            await Fill(page, "member-reason", "发起单位");
            await page.GetByTestId("add-member").ClickAsync();
            await Expect(page.GetByTestId("member-row")).ToHaveCountAsync(index + 1);
        }

        await FillCharterAsync(page);
        foreach (var unit in units)
        {
            var row = page.Locator($"[data-testid=member-row][data-credit-code='{unit.Code}']");
            await Fill(row, "signer-name", "王建国");
            await Fill(row, "signed-on", Today);
            await row.GetByTestId("sign-charter").ClickAsync();
            await Expect(row.GetByTestId("member-signed")).ToBeVisibleAsync();
        }

        await PortalBrowser.ChooseAsync(page, "chair-unit", units[0].Code);
        await Fill(page, "chair-changed-on", Today);
        await Fill(page, "chair-reason", "成立大会选举");
        await page.GetByTestId("save-chair-unit").ClickAsync();
        await Expect(page.GetByTestId("current-chair-unit")).ToContainTextAsync(units[0].Name);
        await PortalBrowser.ChooseAsync(page, "secretary-general-unit", units[1].Code);
        await page.GetByTestId("save-secretary-general-unit").ClickAsync();
        await Expect(page.GetByTestId("current-secretary-general-unit")).ToContainTextAsync(units[1].Name);

        await Fill(page, "council-person", "王建国");
        await PortalBrowser.ChooseAsync(page, "council-unit", units[0].Code);
        await PortalBrowser.ChooseAsync(page, "council-position", "chair");
        await page.GetByTestId("add-council-member").ClickAsync();
        await Expect(page.GetByTestId("council-row")).ToHaveCountAsync(1);
        await Fill(page, "committee-name", "刘洋");
        await Fill(page, "committee-affiliation", "哈尔滨工业大学");
        await Fill(page, "committee-title", "教授");
        await page.GetByTestId("add-committee-expert").ClickAsync();
        await Expect(page.GetByTestId("committee-row")).ToHaveCountAsync(1);
        await Fill(page, "secretariat-address", "哈尔滨市南岗区学府路52号");
        await Fill(page, "secretariat-staff", "3");
        await Fill(page, "secretariat-budget", "500000");
        await page.GetByTestId("save-secretariat").ClickAsync();

        // Every Art 6 condition is met once Membership has seen the last change.
        await Expect(page.Locator("[data-testid=eligibility-check][data-passed=false]")).ToHaveCountAsync(0);
        await page.GetByTestId("alliance-title").ScrollIntoViewIfNeededAsync();
        await PortalBrowser.ScreenshotAsync(page, "portal-my-alliance");

        // Filing learns of the alliance and its officers from Membership's events: the first tries may be refused.
        await ClickUntilAsync(page, "start-filing", () => page.WaitForURLAsync("**/my/filings/*", new() { Timeout = 5_000 }));
        var applicationId = Guid.Parse(page.Url.Split('/')[^1]);
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        // Navigated within the circuit: the page is live at once, its application read a moment later.
        await Expect(page.GetByTestId("filing-status")).ToHaveAttributeAsync("data-status", "draft");
        foreach (var (kind, file, uploaded) in new[] { ("application_form", "备案申请书.pdf", 1), ("charter", "联盟章程.pdf", 2) })
        {
            await PortalBrowser.ChooseAsync(page, "attachment-kind", kind);
            await page.GetByTestId("attachment-file").SetInputFilesAsync(new FilePayload { Name = file, MimeType = "application/pdf", Buffer = FilingClient.Pdf });
            // The browser tells the circuit about a chosen file on its own time; a click sent before that finds no file yet.
            await Expect(page.GetByTestId("chosen-file")).ToContainTextAsync(file);
            await page.GetByTestId("upload-attachment").ClickAsync();
            await Expect(page.GetByTestId("attachment-row")).ToHaveCountAsync(uploaded);
        }
        await ClickUntilAsync(page, "submit-application",
            () => Expect(page.GetByTestId("filing-status")).ToHaveAttributeAsync("data-status", "submitted", new() { Timeout = 5_000 }));
        await Expect(page.GetByTestId("timeline-stage")).Not.ToHaveCountAsync(0);
        await PortalBrowser.ScreenshotAsync(page, "portal-my-filing-submitted");
        await page.Context.CloseAsync();
        return applicationId;
    }

    private static async Task FillCharterAsync(IPage page)
    {
        foreach (var field in await page.Locator("textarea[data-testid^=charter-], input[data-testid^=charter-]").AllAsync())
        {
            if (await field.InputValueAsync() == "")
            {
                await field.FillAsync("依照《黑龙江省产业技术创新联盟管理办法》约定。");
            }
        }
        await page.GetByTestId("save-charter").ClickAsync();
    }

    /// <summary>The reviewer of a stage opens it from the inbox, decides and the application moves on.</summary>
    private async Task ReviewAsync(string account, Guid applicationId, string decision, string screenshot)
    {
        var page = await browser.SignedInAsync(platform, account, "/inbox");
        var row = page.Locator($"[data-testid=inbox-row][data-application-id='{applicationId}']");
        await Expect(row).ToBeVisibleAsync();
        await PortalBrowser.ScreenshotAsync(page, $"{screenshot}-inbox");
        await row.GetByTestId("open-review").ClickAsync();
        await page.GetByTestId($"review-decision-{decision}").CheckAsync();
        await Fill(page, "review-reason", "材料齐全，符合要求。");
        await PortalBrowser.ScreenshotAsync(page, screenshot);
        await page.GetByTestId("submit-review").ClickAsync();
        await Expect(page.GetByTestId("review-done")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static Task Fill(IPage page, string testId, string value) => Fill(page.Locator("body"), testId, value);

    private static Task Fill(ILocator within, string testId, string value) =>
        within.GetByTestId(testId).Locator("xpath=descendant-or-self::*[self::input or self::textarea]").First.FillAsync(value);

    /// <summary>Clicks until <paramref name="done"/> holds: for a step another service must learn of first.</summary>
    private static async Task ClickUntilAsync(IPage page, string testId, Func<Task> done)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await page.GetByTestId(testId).ClickAsync();
            try
            {
                await done();
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < until)
            {
            }
            catch (PlaywrightException) when (DateTime.UtcNow < until)
            {
            }
        }
    }
}
