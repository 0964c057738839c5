using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AlliancePlatform.Contracts.Evaluation;
using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Contracts.Support;
using AlliancePlatform.EndToEnd.Tests.Filing;
using static AlliancePlatform.EndToEnd.Tests.Support.SupportMembers;

namespace AlliancePlatform.EndToEnd.Tests.Support;

/// <summary>
/// Support entitlements (Art 24, 26) end to end: a published grade grants them, another platform (a machine client)
/// reads what a unit holds by its credit code, the admin division decides the B alliance's project-guide suggestion,
/// and a revocation withdraws them at once while the past stays answerable with <c>asOf</c>.
/// </summary>
[Collection(PlatformCollection.Name)]
public class EntitlementsTests(PlatformFixture platform)
{
    private static readonly string[] Priorities = ["chief_engineer_dispatch_priority", "innovation_platform_priority", "project_approval_priority"];

    [Fact]
    public async Task Art24_GradesGrantEntitlements_TheAdminDecidesB_RevocationWithdrawsThemAtOnce()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"),
            EntitlementGranted.EventName, EntitlementWithdrawn.EventName);
        var gradedA = await FiledAlliances.FileAsync(platform);
        var gradedB = await FiledAlliances.FileAsync(platform);
        var chair = gradedA.Alliance.CompanyCreditCode;
        var publishedAt = platform.ServiceNow;
        await platform.PublishAsync(
            new AllianceGradePublished(gradedA.Alliance.Id, Guid.NewGuid(), 2027, "A", 91.5m, DateOnly.FromDateTime(publishedAt.UtcDateTime), publishedAt),
            new AllianceGradePublished(gradedB.Alliance.Id, Guid.NewGuid(), 2027, "B", 78.25m, DateOnly.FromDateTime(publishedAt.UtcDateTime), publishedAt));
        using var subscriber = await SubscriberAsync(platform);

        // The chair unit of each holds the three priorities; the A alliance's secretary-general unit is also a training candidate.
        var chairOfA = await HeldAsync(subscriber, $"creditCode={chair}&allianceId={gradedA.Alliance.Id}", 3);
        Assert.Equal(Priorities, Kinds(chairOfA));
        Assert.All(chairOfA, e =>
        {
            Assert.Equal("A", e.GetProperty("grade").GetString());
            Assert.Equal(2027, e.GetProperty("campaignYear").GetInt32());
            Assert.Equal("chair_unit", e.GetProperty("holder").GetString());
            Assert.Equal(JsonValueKind.Null, e.GetProperty("validUntil").ValueKind);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("kindNameZh").GetString()));
        });
        Assert.Equal(Priorities, Kinds(await HeldAsync(subscriber, $"creditCode={chair}&allianceId={gradedB.Alliance.Id}", 3)));
        Assert.Contains("technology_manager_training",
            Kinds(await HeldAsync(subscriber, $"creditCode={gradedA.Alliance.UniversityCreditCode}&allianceId={gradedA.Alliance.Id}", 4)));
        Assert.Equal(["award_nomination", "project_application_recommendation", "project_guide_suggestion"],
            Kinds(Own(await HeldAsync(subscriber, $"allianceId={gradedA.Alliance.Id}", 10))));
        await observer.ReceivedAsync(EntitlementGranted.EventName,
            m => m.GetProperty("allianceId").GetGuid() == gradedA.Alliance.Id && m.GetProperty("kind").GetString() == "award_nomination");

        // The chair unit's applicant sees its own and its alliance's entitlements; another unit's applicant sees none of them.
        var mine = await ListAsync(platform.Applicant, $"allianceId={gradedA.Alliance.Id}", "/api/support/entitlements/mine");
        Assert.Equal(6, mine.Count);
        Assert.Equal(3, Own(mine).Count());
        Assert.All(mine.Except(Own(mine)), e => Assert.Equal(chair, e.GetProperty("unitCreditCode").GetString()));
        Assert.Empty(await ListAsync(platform.OtherApplicant, $"allianceId={gradedA.Alliance.Id}", "/api/support/entitlements/mine"));

        // The B alliance's project-guide suggestion waits for the admin division; approved, it holds from now.
        Assert.Empty(Own(await ListAsync(subscriber, $"allianceId={gradedB.Alliance.Id}")));
        var pending = Assert.Single(await ListAsync(platform.Admin, $"allianceId={gradedB.Alliance.Id}&status=pending"));
        Assert.Equal("project_guide_suggestion", pending.GetProperty("kind").GetString());
        var pendingId = pending.GetProperty("id").GetGuid();
        using (var refused = await PostAsync(platform.Secretariat, $"/api/support/entitlements/{pendingId}/approval", new { reason = "同意" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using (var approved = await PostAsync(platform.Admin, $"/api/support/entitlements/{pendingId}/approval", new { reason = "指南建议质量较高，同意给予。" }))
        {
            Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        }
        using (var again = await PostAsync(platform.Admin, $"/api/support/entitlements/{pendingId}/decline", new { reason = "重复" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        var granted = Assert.Single(Own(await HeldAsync(subscriber, $"allianceId={gradedB.Alliance.Id}", 7)));
        Assert.Equal("project_guide_suggestion", granted.GetProperty("kind").GetString());
        await observer.ReceivedAsync(EntitlementGranted.EventName, m => m.GetProperty("entitlementId").GetGuid() == pendingId);

        // Revoked: everything of the A alliance ends at once, but what it held before is still answered.
        var beforeRevocation = platform.ServiceNow;
        await Task.Delay(TimeSpan.FromMilliseconds(50));
        await platform.PublishAsync(new AllianceFilingRevoked(
            gradedA.Alliance.Id, Guid.NewGuid(), "test", "other", "连续两年未报送年度报告", DateOnly.FromDateTime(platform.ServiceNow.UtcDateTime), platform.ServiceNow));
        await HeldAsync(subscriber, $"creditCode={chair}&allianceId={gradedA.Alliance.Id}", 0);
        Assert.Empty(await ListAsync(subscriber, $"allianceId={gradedA.Alliance.Id}"));
        var past = await ListAsync(subscriber, $"creditCode={chair}&allianceId={gradedA.Alliance.Id}&asOf={Uri.EscapeDataString(beforeRevocation.ToString("O"))}");
        Assert.Equal(Priorities, Kinds(past));
        Assert.All(past, e => Assert.NotEqual(JsonValueKind.Null, e.GetProperty("validUntil").ValueKind));
        Assert.Equal(Priorities, Kinds(await HeldAsync(subscriber, $"creditCode={chair}&allianceId={gradedB.Alliance.Id}", 3)));
        var withdrawn = await observer.ReceivedAsync(EntitlementWithdrawn.EventName,
            m => m.GetProperty("allianceId").GetGuid() == gradedA.Alliance.Id && m.GetProperty("unitCreditCode").GetString() == chair);
        Assert.Equal("revoked", withdrawn.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Art24_AUnitThatLosesItsRoleOrLeaves_LosesItsOwnEntitlementsAtOnce()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        var alliance = filed.Alliance;
        var publishedAt = platform.ServiceNow;
        await platform.PublishAsync(new AllianceGradePublished(alliance.Id, Guid.NewGuid(), 2027, "A", 90m, DateOnly.FromDateTime(publishedAt.UtcDateTime), publishedAt));
        await HeldAsync(platform.Admin, $"creditCode={alliance.CompanyCreditCode}&allianceId={alliance.Id}", 3);
        await HeldAsync(platform.Admin, $"creditCode={alliance.UniversityCreditCode}&allianceId={alliance.Id}", 4);

        var changedAt = platform.ServiceNow.AddSeconds(1);
        await platform.PublishAsync(new ChairUnitChanged(alliance.Id, alliance.Name,
            new MemberUnitInfo(Guid.NewGuid(), "黑龙江省材料研究所", alliance.InstituteCreditCode, "research_institute", "230100"),
            null, DateOnly.FromDateTime(changedAt.UtcDateTime), "换届", changedAt));
        await platform.PublishAsync(new MemberUnitLeft(alliance.Id, alliance.Name,
            new MemberUnitInfo(Guid.NewGuid(), "哈尔滨理工大学", alliance.UniversityCreditCode, "university", "230100"),
            DateOnly.FromDateTime(changedAt.UtcDateTime), "退出", changedAt));

        await HeldAsync(platform.Admin, $"creditCode={alliance.CompanyCreditCode}&allianceId={alliance.Id}", 0);
        await HeldAsync(platform.Admin, $"creditCode={alliance.UniversityCreditCode}&allianceId={alliance.Id}", 0);
        var withdrawn = await ListAsync(platform.Admin, $"allianceId={alliance.Id}&status=withdrawn");
        Assert.Equal(7, withdrawn.Count);
        Assert.Equal(3, withdrawn.Count(e => e.GetProperty("withdrawalReason").GetString() == "role_changed"));
        Assert.Equal(4, withdrawn.Count(e => e.GetProperty("withdrawalReason").GetString() == "unit_left"));
        // The alliance's own entitlements stay; the new chair unit gets nothing until the next grade.
        Assert.Equal(3, Own(await ListAsync(platform.Admin, $"allianceId={alliance.Id}")).Count());
    }

    [Fact]
    public async Task Art24_TheNextPublishedGrade_SupersedesThePreviousEntitlements_WhileAsOfStillAnswersThePast()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"), EntitlementWithdrawn.EventName);
        var alliance = (await FiledAlliances.FileAsync(platform)).Alliance;
        var chair = alliance.CompanyCreditCode;
        var firstCampaign = Guid.NewGuid();
        var firstAt = platform.ServiceNow;
        await platform.PublishAsync(new AllianceGradePublished(alliance.Id, firstCampaign, 2027, "A", 90m, DateOnly.FromDateTime(firstAt.UtcDateTime), firstAt));
        var underA = await HeldAsync(platform.Admin, $"allianceId={alliance.Id}", 10);

        var beforeNext = platform.ServiceNow;
        await Task.Delay(TimeSpan.FromMilliseconds(50));
        var nextAt = platform.ServiceNow;
        await platform.PublishAsync(new AllianceGradePublished(alliance.Id, Guid.NewGuid(), 2028, "B", 80m, DateOnly.FromDateTime(nextAt.UtcDateTime), nextAt));

        // B's grant: the officers' priorities now; the alliance's own guide suggestion waits for the admin division.
        var underB = await HeldAsync(platform.Admin, $"allianceId={alliance.Id}", 6);
        Assert.All(underB, e => Assert.Equal(("B", 2028), (e.GetProperty("grade").GetString(), e.GetProperty("campaignYear").GetInt32())));
        Assert.Equal(Priorities, Kinds(underB.Where(e => e.GetProperty("unitCreditCode").GetString() == chair)));
        var superseded = await ListAsync(platform.Admin, $"allianceId={alliance.Id}&status=superseded");
        Assert.Equal(underA.Select(e => e.GetProperty("id").GetGuid()).Order(), superseded.Select(e => e.GetProperty("id").GetGuid()).Order());
        Assert.All(superseded, e => Assert.NotEqual(JsonValueKind.Null, e.GetProperty("validUntil").ValueKind));

        // A project system checking eligibility at a deadline before the new grade still sees grade A's entitlements.
        var past = await ListAsync(platform.Admin, $"allianceId={alliance.Id}&asOf={Uri.EscapeDataString(beforeNext.ToString("O"))}");
        Assert.Equal(underA.Select(e => e.GetProperty("id").GetGuid()).Order(), past.Select(e => e.GetProperty("id").GetGuid()).Order());

        // Other platforms hear it: each ended entitlement is announced as superseded.
        var ended = await observer.ReceivedAsync(EntitlementWithdrawn.EventName,
            m => m.GetProperty("allianceId").GetGuid() == alliance.Id && m.GetProperty("campaignId").GetGuid() == firstCampaign);
        Assert.Equal("superseded", ended.GetProperty("status").GetString());

        // The older grade arriving again (a redelivery, or late) changes nothing.
        await platform.PublishAsync(new AllianceGradePublished(alliance.Id, firstCampaign, 2027, "A", 90m, DateOnly.FromDateTime(firstAt.UtcDateTime), firstAt));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(6, (await ListAsync(platform.Admin, $"allianceId={alliance.Id}")).Count);
    }

    [Fact]
    public async Task Entitlements_NeedACreditCodeOrAnAlliance()
    {
        using var response = await platform.Admin.GetAsync("/api/support/entitlements");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A client of another platform: the demo machine client (subscriber role).</summary>
    internal static async Task<HttpClient> SubscriberAsync(PlatformFixture platform)
    {
        using var response = await platform.Gateway.PostAsync("/api/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = PlatformFixture.DemoClientId,
            ["client_secret"] = PlatformFixture.DemoClientSecret,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var client = new HttpClient { BaseAddress = platform.Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        return client;
    }

    internal static Task<List<JsonElement>> HeldAsync(HttpClient client, string query, int count) =>
        Eventually.ReturnsAsync(() => ListAsync(client, query), items => items.Count == count, TimeSpan.FromSeconds(45), $"{count} entitlements for {query}");

    internal static async Task<List<JsonElement>> ListAsync(HttpClient client, string query, string path = "/api/support/entitlements")
    {
        using var response = await client.GetAsync($"{path}?{query}&pageSize=100");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone())];
    }

    private static IEnumerable<JsonElement> Own(IEnumerable<JsonElement> entitlements) =>
        entitlements.Where(e => e.GetProperty("holder").GetString() == "alliance");

    private static string[] Kinds(IEnumerable<JsonElement> entitlements) =>
        [.. entitlements.Select(e => e.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal)];

}
