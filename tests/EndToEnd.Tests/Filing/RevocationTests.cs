using System.Net;
using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Contracts.Reporting;

namespace AlliancePlatform.EndToEnd.Tests.Filing;

/// <summary>Revocation of filing (Art 17): opened on another service's event or by the admin division, decided by the admin division.</summary>
[Collection(PlatformCollection.Name)]
public class RevocationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art17_2_TwoMissingYearsReported_OpensOneCase_AndRevocationTakesTheAllianceOffTheRegister()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"),
            RevocationCaseOpened.EventName, AllianceFilingRevoked.EventName);
        var filed = await FiledAlliances.FileAsync(platform);
        var other = await FiledAlliances.FileAsync(platform);
        var allianceId = filed.Alliance.Id;

        // As Reporting will raise it; sent twice under different message ids, it still opens one case. Another
        // alliance missing the same two years gets its own case.
        var missing = new AnnualReportsMissingTwoYears(allianceId, 2026, 2027, DateTimeOffset.UtcNow);
        await platform.PublishAsync(missing, missing, missing with { AllianceId = other.Alliance.Id });
        await observer.ReceivedAsync(RevocationCaseOpened.EventName, e => e.GetProperty("allianceId").GetGuid() == other.Alliance.Id);
        var opened = await observer.ReceivedAsync(RevocationCaseOpened.EventName, e => e.GetProperty("allianceId").GetGuid() == allianceId);
        Assert.Equal("refused_assessment_or_two_years_no_report", opened.GetProperty("cause").GetString());
        Assert.Equal("reporting_two_years_missing", opened.GetProperty("source").GetString());
        var caseId = opened.GetProperty("caseId").GetGuid();

        var admin = new FilingClient(platform.Admin);
        var cases = await admin.GetAsync("/api/filing/revocation-cases?status=open&pageSize=100");
        Assert.Single(cases.GetProperty("items").EnumerateArray(), c => c.GetProperty("allianceId").GetGuid() == allianceId);
        using (var second = await admin.SendAsync(HttpMethod.Post, "/api/filing/revocation-cases",
                   new { allianceId, cause = "law_violation", grounds = "另案：存在违法违规行为。" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        }

        var decided = await admin.PostAsync($"/api/filing/revocation-cases/{caseId}/decision",
            new { revoke = true, reason = "连续两年未提交年度报告，经厅会议研究取消备案。" });
        Assert.Equal("revoked", decided.GetProperty("status").GetString());
        var revoked = await observer.ReceivedAsync(AllianceFilingRevoked.EventName, e => e.GetProperty("allianceId").GetGuid() == allianceId);
        Assert.Equal(caseId, revoked.GetProperty("caseId").GetGuid());

        var gateway = new FilingClient(platform.Gateway);
        var active = await gateway.GetAsync($"/api/public/register?name={Uri.EscapeDataString(filed.Alliance.Name)}");
        Assert.Equal(0, active.GetProperty("totalCount").GetInt32());
        var listedRevoked = await gateway.GetAsync($"/api/public/register?status=revoked&name={Uri.EscapeDataString(filed.Alliance.Name)}");
        Assert.Equal("revoked", Assert.Single(listedRevoked.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
        using var decideAgain = await admin.SendAsync(HttpMethod.Post, $"/api/filing/revocation-cases/{caseId}/decision", new { revoke = false, reason = "重复" });
        Assert.Equal(HttpStatusCode.Conflict, decideAgain.StatusCode);
        Assert.Single(observer.All(RevocationCaseOpened.EventName), e => e.GetProperty("allianceId").GetGuid() == allianceId);

        // Revoked, it may file again only as a new application (domain §3).
        using var again = await new FilingClient(platform.Applicant).SendAsync(HttpMethod.Post, "/api/filing/applications", new { allianceId });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task Art17_4_AnAllianceAskingToBeDissolved_GetsARevocationCase()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"), RevocationCaseOpened.EventName);
        var filed = await FiledAlliances.FileAsync(platform);

        await new MembershipClient(platform.Applicant).PostAsync($"/api/membership/alliances/{filed.Alliance.Id}/dissolution",
            new { resolvedOn = DateOnly.FromDateTime(DateTime.UtcNow), reason = "联盟任务已完成，经理事会决议解散。" });

        var opened = await observer.ReceivedAsync(RevocationCaseOpened.EventName, e => e.GetProperty("allianceId").GetGuid() == filed.Alliance.Id);
        Assert.Equal("dissolution_requested", opened.GetProperty("cause").GetString());
        Assert.Equal("membership_dissolution", opened.GetProperty("source").GetString());
    }
}
