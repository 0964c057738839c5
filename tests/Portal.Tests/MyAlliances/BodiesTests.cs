using System.Net;
using System.Text.Json;
using Bunit;
using static AlliancePlatform.Portal.Tests.MyAlliances.MyAllianceFixtures;

namespace AlliancePlatform.Portal.Tests.MyAlliances;

public class BodiesTests
{
    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        context.SignIn("李明", "applicant", CompanyCode);
        return OpenAlliance(context);
    }

    [Fact]
    public async Task ACouncilSeat_IsSentWithTheChosenUnitAndPosition()
    {
        var gateway = AllianceGateway(_ => FakeGateway.Json(Detail));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "council-person", "王建国");
        Choose(page, "council-unit", $"council-unit-{CompanyCode}");
        Choose(page, "council-position", "council-position-vice_chair");
        page.Find("[data-testid=add-council-member]").Click();

        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        Assert.Equal($"/api/membership/alliances/{Alliance}/council", gateway.Writes[0].Uri.AbsolutePath);
        using var body = JsonDocument.Parse(gateway.Writes[0].Body);
        Assert.Equal("王建国", body.RootElement.GetProperty("personName").GetString());
        Assert.Equal(Company, body.RootElement.GetProperty("memberUnitId").GetGuid());
        Assert.Equal("vice_chair", body.RootElement.GetProperty("position").GetString());
    }

    [Fact]
    public async Task TheSecretariat_TakesOnlyNumbersForStaffAndBudget_AndSendsThemAsNumbers()
    {
        var gateway = AllianceGateway(_ => FakeGateway.Json(Detail));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Type(page, "secretariat-address", "哈尔滨市南岗区学府路52号");
        Type(page, "secretariat-staff", "三");
        Type(page, "secretariat-budget", "50万");
        page.Find("[data-testid=save-secretariat]").Click();

        page.WaitForAssertion(() => Assert.Contains("请填写非负整数。", TextUnder(page, "secretariat-staff")));
        Assert.Contains("请填写金额（元），如500000。", TextUnder(page, "secretariat-budget"));
        Assert.Empty(gateway.Writes);

        Type(page, "secretariat-staff", "3");
        Type(page, "secretariat-budget", "500000");
        page.Find("[data-testid=save-secretariat]").Click();

        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        Assert.Equal($"/api/membership/alliances/{Alliance}/secretariat", gateway.Writes[0].Uri.AbsolutePath);
        using var body = JsonDocument.Parse(gateway.Writes[0].Body);
        Assert.Equal(3, body.RootElement.GetProperty("staffCount").GetInt32());
        Assert.Equal(500000m, body.RootElement.GetProperty("annualBudget").GetDecimal());
        Assert.Equal("哈尔滨市南岗区学府路52号", body.RootElement.GetProperty("officeAddress").GetString());
    }

    [Fact]
    public async Task AFormationStep_IsRecordedWithItsDate()
    {
        var gateway = AllianceGateway(_ => FakeGateway.Json(Detail));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        Choose(page, "formation-step", "formation-step-founding_meeting");
        Type(page, "formation-taken-on", "2026-03-05");
        page.Find("[data-testid=add-formation-step]").Click();

        page.WaitForAssertion(() => Assert.Single(gateway.Writes));
        Assert.Equal($"/api/membership/alliances/{Alliance}/formation-steps", gateway.Writes[0].Uri.AbsolutePath);
        using var body = JsonDocument.Parse(gateway.Writes[0].Body);
        Assert.Equal("founding_meeting", body.RootElement.GetProperty("step").GetString());
        Assert.Equal("2026-03-05", body.RootElement.GetProperty("takenOn").GetString());
    }
}
