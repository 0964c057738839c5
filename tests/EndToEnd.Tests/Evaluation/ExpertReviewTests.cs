using System.Globalization;
using System.Net;
using System.Text.Json;
using AlliancePlatform.EndToEnd.Tests.Filing;
using AlliancePlatform.EndToEnd.Tests.Reporting;

namespace AlliancePlatform.EndToEnd.Tests.Evaluation;

/// <summary>Art 22: experts assigned to an alliance's review (none from a member unit) score it, each seeing only their own sheet.</summary>
[Collection(PlatformCollection.Name)]
public class ExpertReviewTests(PlatformFixture platform)
{
    private const string ManagementUnit = "12230000MB0000003W";
    private const string IndustryUnit = "91230100MA1D4E5F6G";

    [Fact]
    public async Task Art22_ExpertsFromMemberUnitsAreRefused_AssignedExpertsScore_AndEachSeesOnlyTheirOwnSheet()
    {
        var filed = await FiledAlliances.FileAsync(platform);
        var alliance = filed.Alliance;
        await EvaluationHttp.KnownAsync(platform, alliance.Id);
        await MemberUnitsKnownAsync(alliance.Id, alliance.UniversityCreditCode);
        var management = await Experts.OnRosterAsync(platform.Admin, "expert-demo", "science_technology_management", ManagementUnit);
        var industry = await Experts.OnRosterAsync(platform.Admin, "expert-industry-demo", "industry", IndustryUnit, "钱峰");

        // A campaign whose self-assessment is open today; the alliance scores itself with its evidence and submits.
        var today = EvaluationHttp.Today(platform);
        var (at, indicators) = await EvaluationHttp.SelfAssessingCampaignAsync(platform, 1, alliance.Id);
        var own = $"{at}/alliances/{alliance.Id}/self-assessment";
        var minutes = (await EvaluationHttp.UploadEvidenceOkAsync(platform.Applicant, own, "理事会会议纪要.pdf", FilingClient.Pdf)).GetProperty("id").GetGuid();
        foreach (var indicator in indicators)
        {
            await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Put, $"{own}/items/{indicator}", new { score = 8m, evidence = new[] { minutes } });
        }
        await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Post, $"{own}/submission", null);

        // An expert whose unit is a member of the alliance has a conflict of interest (Art 22).
        var review = $"{at}/alliances/{alliance.Id}/review";
        using (var refused = await new FilingClient(platform.Admin).SendAsync(HttpMethod.Post, $"{review}/experts",
                   new { expertId = management, accountName = "expert-demo", name = "赵敏", unitCreditCode = alliance.UniversityCreditCode }))
        {
            var text = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)refused.StatusCode} {text}");
            var problem = JsonDocument.Parse(text).RootElement;
            Assert.Equal("evaluation.expert_conflict_of_interest", problem.GetProperty("code").GetString());
            Assert.Equal("Art 22", problem.GetProperty("article").GetString());
        }

        // The admin division assigns two experts from outside the alliance.
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{review}/experts",
            new { expertId = management, accountName = "expert-demo", name = "赵敏", unitCreditCode = ManagementUnit });

        // The assigned expert finds the assignment with the plan to score it on; an expert not assigned there does not; an applicant is refused.
        var campaignId = Guid.Parse(at.Split('/')[^1]);
        var assignment = Assert.Single(await AssignmentsAsync(platform.Expert), a => a.GetProperty("campaignId").GetGuid() == campaignId);
        Assert.Equal(alliance.Id, assignment.GetProperty("allianceId").GetGuid());
        Assert.Equal(alliance.Name, assignment.GetProperty("allianceName").GetString());
        Assert.Equal("self_assessment", assignment.GetProperty("status").GetString());
        Assert.False(assignment.GetProperty("hasSubmitted").GetBoolean());
        Assert.False(assignment.GetProperty("canScore").GetBoolean());
        Assert.Equal(today.AddDays(3), DateOnly.Parse(assignment.GetProperty("reviewOpensOn").GetString()!, CultureInfo.InvariantCulture));
        var plan = assignment.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(indicators, [.. plan.Select(i => i.GetProperty("id").GetGuid())]);
        Assert.Equal(new[] { "ORG-1", "ACT-1", "IMP-1" }, plan.Select(i => i.GetProperty("code").GetString()));
        Assert.Equal("组织机构健全", plan[0].GetProperty("name").GetString());
        Assert.Equal("activities", plan[1].GetProperty("dimension").GetString());
        Assert.All(plan, i => Assert.Equal(10m, i.GetProperty("maxScore").GetDecimal()));
        Assert.Equal("成果转化合同金额。", plan[2].GetProperty("scoringGuide").GetString());
        Assert.DoesNotContain(await AssignmentsAsync(platform.IndustryExpert), a => a.GetProperty("campaignId").GetGuid() == campaignId);
        using (var applicant = await platform.Applicant.GetAsync(Assignments))
        {
            Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
        }
        var assigned = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{review}/experts",
            new { expertId = industry, accountName = "expert-industry-demo", name = "钱峰", unitCreditCode = IndustryUnit });
        Assert.Equal(2, assigned.GetProperty("expertsAssigned").GetInt32());
        using (var applicant = await platform.Applicant.GetAsync(review))
        {
            Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
        }

        // An assigned expert reads the self-assessment and downloads its evidence.
        var seen = await ReportingHttp.SendOkAsync(platform.Expert, HttpMethod.Get, own, null);
        Assert.Equal(minutes, Assert.Single(seen.GetProperty("files").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(FilingClient.Pdf, await platform.Expert.GetByteArrayAsync($"{own}/evidence/{minutes}"));

        // The self-assessment closes and the expert review opens (Art 22).
        await platform.AdvanceClockPastAsync(new DateTimeOffset(today.AddDays(3).ToDateTime(new TimeOnly(0, 5)), EvaluationHttp.China));
        var started = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/expert-review", null);
        Assert.Equal("expert_review", started.GetProperty("status").GetString());

        // Both experts score every indicator and hand in their sheets.
        foreach (var (expert, score) in new[] { (platform.Expert, 9m), (platform.IndustryExpert, 6m) })
        {
            foreach (var indicator in indicators)
            {
                await ReportingHttp.SendOkAsync(expert, HttpMethod.Put, $"{review}/scores/{indicator}", new { score });
            }
        }
        var mine = await ReportingHttp.SendOkAsync(platform.Expert, HttpMethod.Post, $"{review}/submission", null);
        await ReportingHttp.SendOkAsync(platform.IndustryExpert, HttpMethod.Post, $"{review}/submission", null);
        var sheet = Assert.Single(mine.GetProperty("sheets").EnumerateArray());
        Assert.Equal("expert-demo", sheet.GetProperty("accountName").GetString());
        Assert.Equal(90m, sheet.GetProperty("total").GetDecimal());

        // Until the review closes, an expert sees only their own sheet; the admin division and the secretariat see both.
        foreach (var (expert, account, other, total) in new[]
                 {
                     (platform.Expert, "expert-demo", "expert-industry-demo", 90m), (platform.IndustryExpert, "expert-industry-demo", "expert-demo", 60m),
                 })
        {
            using var response = await expert.GetAsync(review);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
            var visible = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("sheets").EnumerateArray());
            Assert.Equal(account, visible.GetProperty("accountName").GetString());
            Assert.Equal(total, visible.GetProperty("total").GetDecimal());
            Assert.DoesNotContain(other, text);
        }
        foreach (var official in new[] { platform.Admin, platform.Secretariat })
        {
            var all = await ReportingHttp.SendOkAsync(official, HttpMethod.Get, review, null);
            var totals = all.GetProperty("sheets").EnumerateArray()
                .ToDictionary(s => s.GetProperty("accountName").GetString()!, s => s.GetProperty("total").GetDecimal());
            Assert.Equal(90m, totals["expert-demo"]);
            Assert.Equal(60m, totals["expert-industry-demo"]);
        }

        // The expert's assignment now shows the sheet handed in, and still nothing of the other expert's scores.
        var handedIn = Assert.Single(await AssignmentsAsync(platform.Expert, "?open=true"), a => a.GetProperty("campaignId").GetGuid() == campaignId);
        Assert.True(handedIn.GetProperty("hasSubmitted").GetBoolean());
        Assert.False(handedIn.GetProperty("canScore").GetBoolean());
        Assert.Equal("expert_review", handedIn.GetProperty("status").GetString());
        Assert.All(new[] { "scores", "sheets", "total", "grade", "composite" }, name => Assert.False(handedIn.TryGetProperty(name, out _), name));
        Assert.DoesNotContain("expert-industry-demo", handedIn.GetRawText());
        Assert.DoesNotContain(await AssignmentsAsync(platform.Expert, "?open=false"), a => a.GetProperty("campaignId").GetGuid() == campaignId);

        // A handed-in sheet cannot change.
        using var late = await new FilingClient(platform.Expert).SendAsync(HttpMethod.Put, $"{review}/scores/{indicators[0]}", new { score = 1m });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    private const string Assignments = "/api/evaluation/assignments";

    /// <summary>Every assignment the expert is answered, page by page.</summary>
    private static async Task<IReadOnlyList<JsonElement>> AssignmentsAsync(HttpClient expert, string filter = "?open=true")
    {
        var all = new List<JsonElement>();
        for (var number = 1; ; number++)
        {
            var page = await ReportingHttp.SendOkAsync(expert, HttpMethod.Get, $"{Assignments}{filter}&page={number}&pageSize=100", null);
            all.AddRange(page.GetProperty("items").EnumerateArray());
            if (number >= page.GetProperty("pageCount").GetInt32())
            {
                return all;
            }
        }
    }

    private Task MemberUnitsKnownAsync(Guid allianceId, string creditCode) =>
        Eventually.ReturnsAsync(
            () => platform.ScalarAsync<long>("evaluationdb",
                "SELECT count(*) FROM member_units WHERE alliance_id = @id AND credit_code = @code AND is_member",
                ("id", allianceId), ("code", creditCode)),
            count => count == 1, TimeSpan.FromSeconds(30), "Evaluation learning of the alliance's member units");
}
