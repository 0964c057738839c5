using AlliancePlatform.Portal.Tests.Dashboard;
using Bunit;

namespace AlliancePlatform.Portal.Tests.Settings;

public class SettingsLinkTests
{
    [Fact]
    public async Task TheDashboard_LinksToTheSettings_BesideTheCalendar()
    {
        await using var context = new PortalTestContext(new FakeGateway(DashboardAnswers.Answer));
        context.SignIn("综合处王处长", "admin_division");

        var page = context.RenderPage<Portal.Features.Dashboard.Dashboard>();

        var link = page.Find("[data-testid=settings-link]");
        Assert.Equal("settings", link.GetAttribute("href"));
        Assert.Equal("设置 →", link.TextContent.Trim());
        Assert.Same(page.Find("[data-testid=calendar-link]").ParentElement, link.ParentElement);
    }

    [Fact]
    public async Task TheCheckbox_AndTheSelects_CarryTheirTestIdsOnTheirInputs()
    {
        await using var context = new PortalTestContext(SettingsFixtures.RulesGateway());

        var page = SettingsFixtures.Open(context);

        Assert.Equal("INPUT", page.Find(SettingsFixtures.InLine(0, "rule-grade")).TagName);
        Assert.Equal("checkbox", page.Find(SettingsFixtures.InLine(1, "rule-needs-decision")).GetAttribute("type"));
        Assert.NotNull(page.Find(SettingsFixtures.InLine(1, "rule-needs-decision")).GetAttribute("checked"));
        Assert.Equal("第24条", page.Find(SettingsFixtures.InLine(1, "rule-article")).TextContent);
    }
}
