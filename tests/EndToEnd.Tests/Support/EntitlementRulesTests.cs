using System.Net;
using System.Text.Json;
using AlliancePlatform.Contracts.Evaluation;
using AlliancePlatform.EndToEnd.Tests.Filing;

namespace AlliancePlatform.EndToEnd.Tests.Support;

/// <summary>
/// The entitlement rules as editable, versioned data (Art 24, 26) end to end: the admin division edits them into a new
/// version, a grade published after the edit is granted under it, entitlements granted before keep their version, and a
/// stale edit (or the loser of two concurrent ones) is refused. The test only adds a grade C line (no other test grades C and looks at Support), and puts the
/// rules back in a finally block, since the other tests of this stack grant under the current rules.
/// </summary>
[Collection(PlatformCollection.Name)]
public class EntitlementRulesTests(PlatformFixture platform)
{
    private const string Rules = "/api/support/entitlement-rules";

    [Fact]
    public async Task Art24_TheAdminDivisionEditsTheRules_LaterGradesFollowTheNewVersion_EarlierGrantsKeepTheirs()
    {
        using var subscriber = await EntitlementsTests.SubscriberAsync(platform);
        var before = await ReadAsync(subscriber, Rules);
        var version = before.GetProperty("version").GetInt32();
        var lines = Lines(before);
        Assert.Contains(before.GetProperty("rules").EnumerateArray(), l =>
            l.GetProperty("kind").GetString() == "technology_manager_training" && l.GetProperty("article").GetString() == "Art 26"
            && !string.IsNullOrEmpty(l.GetProperty("kindNameZh").GetString()) && !string.IsNullOrEmpty(l.GetProperty("kindNameEn").GetString()));

        // An A alliance graded before the edit.
        var earlier = await FiledAlliances.FileAsync(platform);
        var later = await FiledAlliances.FileAsync(platform);
        await PublishGradeAsync(earlier.Alliance.Id, "A");
        var grantedBefore = await EntitlementsTests.HeldAsync(subscriber, $"allianceId={earlier.Alliance.Id}", 10);
        Assert.All(grantedBefore, e => Assert.Equal(version, e.GetProperty("ruleSetVersion").GetInt32()));

        // Only the admin division edits; the officials read the history; an applicant reads nothing.
        using (var refused = await PutAsync(platform.Secretariat, version, lines, "秘书处不能修改"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using (var applicant = await platform.Applicant.GetAsync(Rules))
        {
            Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
        }
        Assert.Equal(version, (await ReadAsync(platform.Secretariat, $"{Rules}/versions")).EnumerateArray().Last().GetProperty("version").GetInt32());
        using (var invalid = await PutAsync(platform.Admin, version, [.. lines, Line("C", "award_nomination", "chair_unit")], "理事长单位获得提名资格"))
        {
            Assert.Equal("support.entitlement_rule_holder_mismatch",
                (await WalkingSkeletonTests.Problem(invalid, HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        }
        using (var withoutLines = await SupportMembers.SendAsync(platform.Admin, HttpMethod.Put, Rules, new { expectedVersion = version, reason = "没有规则" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withoutLines.StatusCode);
        }
        using (var unchanged = await PutAsync(platform.Admin, version, lines, "不变"))
        {
            Assert.Equal("support.entitlement_rules_unchanged",
                (await WalkingSkeletonTests.Problem(unchanged, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }

        var edited = false;
        try
        {
            const string reason = "C级联盟理事长单位也纳入技术经理人培训候选（端到端测试）";
            // Two concurrent edits of the same version: exactly one becomes the next version, the other is stale.
            List<object> withC = [.. lines, Line("C", "technology_manager_training", "chair_unit")];
            var edits = await Task.WhenAll(PutAsync(platform.Admin, version, withC, reason), PutAsync(platform.Admin, version, withC, reason));
            try
            {
                edited = edits.Any(e => e.StatusCode == HttpStatusCode.OK);
                var won = Assert.Single(edits, e => e.StatusCode == HttpStatusCode.OK);
                Assert.Equal(version + 1, JsonDocument.Parse(await won.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32());
                var lost = Assert.Single(edits, e => e.StatusCode != HttpStatusCode.OK);
                Assert.Equal("support.entitlement_rules_stale",
                    (await WalkingSkeletonTests.Problem(lost, HttpStatusCode.Conflict)).GetProperty("code").GetString());
            }
            finally
            {
                foreach (var edit in edits)
                {
                    edit.Dispose();
                }
            }
            using (var stale = await PutAsync(platform.Admin, version, [.. lines, Line("C", "innovation_platform_priority", "chair_unit")], "过期的版本"))
            {
                Assert.Equal("support.entitlement_rules_stale",
                    (await WalkingSkeletonTests.Problem(stale, HttpStatusCode.Conflict)).GetProperty("code").GetString());
            }
            var current = await ReadAsync(subscriber, Rules);
            Assert.Equal(version + 1, current.GetProperty("version").GetInt32());
            var kept = await ReadAsync(platform.BusinessDivision, $"{Rules}/versions/{version + 1}");
            Assert.Equal(reason, kept.GetProperty("reason").GetString());
            Assert.Equal(lines.Count + 1, kept.GetProperty("rules").GetArrayLength());
            Assert.Equal(lines.Count, (await ReadAsync(platform.Admin, $"{Rules}/versions/{version}")).GetProperty("rules").GetArrayLength());

            // A grade C published after the edit grants the chair unit the candidacy under the new version.
            await PublishGradeAsync(later.Alliance.Id, "C");
            var candidacy = Assert.Single(await EntitlementsTests.HeldAsync(
                subscriber, $"creditCode={later.Alliance.CompanyCreditCode}&allianceId={later.Alliance.Id}", 1));
            Assert.Equal("technology_manager_training", candidacy.GetProperty("kind").GetString());
            Assert.Equal("C", candidacy.GetProperty("grade").GetString());
            Assert.Equal(version + 1, candidacy.GetProperty("ruleSetVersion").GetInt32());

            // What was granted before the edit keeps its version.
            var stillHeld = await EntitlementsTests.ListAsync(subscriber, $"allianceId={earlier.Alliance.Id}");
            Assert.Equal(10, stillHeld.Count);
            Assert.All(stillHeld, e => Assert.Equal(version, e.GetProperty("ruleSetVersion").GetInt32()));
        }
        finally
        {
            if (edited)
            {
                var now = (await ReadAsync(platform.Admin, Rules)).GetProperty("version").GetInt32();
                using var restore = await PutAsync(platform.Admin, now, lines, "恢复测试前的规则");
                Assert.True(restore.IsSuccessStatusCode, await restore.Content.ReadAsStringAsync());
            }
        }
    }

    private async Task PublishGradeAsync(Guid allianceId, string grade)
    {
        var publishedAt = platform.ServiceNow;
        await platform.PublishAsync(new AllianceGradePublished(
            allianceId, Guid.NewGuid(), 2028, grade, grade == "A" ? 90m : 68m, DateOnly.FromDateTime(publishedAt.UtcDateTime), publishedAt));
    }

    private static object Line(string grade, string kind, string holder, bool needsAdminDecision = false) =>
        new { grade, kind, holder, needsAdminDecision };

    private static List<object> Lines(JsonElement ruleSet) =>
    [
        .. ruleSet.GetProperty("rules").EnumerateArray().Select(l => Line(
            l.GetProperty("grade").GetString()!, l.GetProperty("kind").GetString()!, l.GetProperty("holder").GetString()!,
            l.GetProperty("needsAdminDecision").GetBoolean())),
    ];

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, int expectedVersion, List<object> lines, string reason) =>
        SupportMembers.SendAsync(client, HttpMethod.Put, Rules, new { expectedVersion, reason, rules = lines });

    internal static async Task<JsonElement> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
