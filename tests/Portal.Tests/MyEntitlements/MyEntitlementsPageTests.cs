using AlliancePlatform.Portal.Features.MyEntitlements;
using Bunit;

namespace AlliancePlatform.Portal.Tests.MyEntitlements;

public class MyEntitlementsPageTests
{
    private const string Held = """
        {"items":[
          {"id":"6f1d1e0a-3b2c-4d5e-8f90-1a2b3c4d5e6f","allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01","allianceName":"黑龙江省新材料产业技术创新联盟",
           "unitCreditCode":"91230100MA1B2C3D4E","holder":"chair_unit","kind":"project_approval_priority","kindNameZh":"项目立项优先支持",
           "kindNameEn":"Priority in project approval","article":"第二十四条","grade":"A","campaignId":"5d0c1d8e-7a51-4f3e-8f0a-2b7c1e9d4a10",
           "campaignYear":2026,"status":"granted","whyZh":"联盟评价为A级，理事长单位享有。","whyEn":"Alliance graded A; held by the chair unit.",
           "validFrom":"2027-03-09T02:00:00+00:00","validUntil":null,"withdrawalReason":null,"decidedBy":null,"decisionReason":null,"ruleSetVersion":1}],
         "pageNumber":1,"pageSize":20,"totalCount":1}
        """;

    [Fact]
    public async Task Art24_TheApplicant_SeesWhatItsUnitHolds_InItsLanguage()
    {
        var gateway = new FakeGateway(_ => FakeGateway.Json(Held));
        await using var context = new PortalTestContext(gateway, "en");
        context.SignIn("演示用户 (applicant)", "applicant", "91230100MA1B2C3D4E");

        var page = context.RenderPage<MyEntitlementsPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=entitlement-row]")));
        var table = page.Find("[data-testid=entitlements-table]").TextContent;
        Assert.Contains("Priority in project approval", table);
        Assert.Contains("Chair unit", table);
        Assert.Contains("Alliance graded A; held by the chair unit.", table);
        Assert.Contains("9 Mar 2027 10:00", table);
        Assert.Equal("/api/support/entitlements/mine?page=1&pageSize=20", gateway.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task AnEarlierDate_AsksForWhatWasHeldAtTheEndOfThatDayInHeilongjiang()
    {
        var gateway = new FakeGateway(_ => FakeGateway.Json("""{"items":[],"pageNumber":1,"pageSize":20,"totalCount":0}"""));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("演示用户 (applicant)", "applicant", "91230100MA1B2C3D4E");
        var page = context.RenderPage<MyEntitlementsPage>();
        page.WaitForAssertion(() => Assert.Contains("该日期没有享有的支持政策。", page.Find("[data-testid=entitlements-none]").TextContent));

        page.Find("input[data-testid=entitlements-as-of]").Change("2026-12-31");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal(2, gateway.Requests.Count));
        Assert.Contains("asOf=2026-12-31T23%3A59%3A59.0000000%2B08%3A00", gateway.Requests[^1].Query);
    }
}
