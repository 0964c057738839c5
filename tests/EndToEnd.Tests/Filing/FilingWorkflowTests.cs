using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlliancePlatform.Contracts.Filing;

namespace AlliancePlatform.EndToEnd.Tests.Filing;

/// <summary>The whole Art 11 path through the gateway, each step by its role with real tokens.</summary>
[Collection(PlatformCollection.Name)]
public partial class FilingWorkflowTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art11_AnApplication_GoesFromDraftToFiled_WithACorrectionRoundAndARejectedObjection()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"),
            FilingApplicationSubmitted.EventName, FilingStageCompleted.EventName, FilingCorrectionRequested.EventName,
            PublicNoticeStarted.EventName, ObjectionFiled.EventName, AllianceFiled.EventName);
        var alliance = await EligibleAlliances.FormAsync(platform.Applicant);
        var applicant = new FilingClient(platform.Applicant);
        var id = await applicant.DraftWithMaterialsAsync(alliance.Id);
        var at = $"/api/filing/applications/{id}";

        // Art 11-1, 11-2: submitted, then recommended by the Harbin recommender (the chair unit is in Harbin).
        var submitted = await applicant.SubmitAsync(id);
        Assert.Equal("submitted", FilingClient.Status(submitted));
        Assert.Equal("recommendation", submitted.GetProperty("openStage").GetProperty("kind").GetString());
        Assert.Equal("recommender", submitted.GetProperty("openStage").GetProperty("assigneeRole").GetString());
        var recommended = await new FilingClient(platform.Recommender).PostAsync($"{at}/recommendation", new { decision = "recommend", reason = "材料齐全，同意推荐。" });
        Assert.Equal("recommended", FilingClient.Status(recommended));

        // Art 11-3: one correction round; the formal-review clock pauses while the applicant corrects.
        var secretariat = new FilingClient(platform.Secretariat);
        var correction = await secretariat.PostAsync($"{at}/formal-review",
            new { decision = "request_correction", reason = "章程签署页不全。", items = new[] { "补充全体成员单位法定代表人签署页" } });
        Assert.Equal("correction_requested", FilingClient.Status(correction));
        Assert.Equal("correction", correction.GetProperty("openStage").GetProperty("kind").GetString());
        Assert.Contains(correction.GetProperty("stages").EnumerateArray(), s =>
            s.GetProperty("kind").GetString() == "formal_review" && s.GetProperty("pausedOn").ValueKind == JsonValueKind.String);
        await applicant.UploadAsync(id, "other", "签署页.pdf", FilingClient.Pdf);
        Assert.Equal("recommended", FilingClient.Status(await applicant.PostAsync($"{at}/correction", new { reason = "已补充签署页。" })));
        Assert.Equal("formal_review_passed", FilingClient.Status(await secretariat.PostAsync($"{at}/formal-review", new { decision = "pass" })));

        // Art 11-4: business review.
        var business = new FilingClient(platform.BusinessDivision);
        Assert.Equal("business_review_passed", FilingClient.Status(await business.PostAsync($"{at}/business-review", new { decision = "pass", reason = "组建必要。" })));

        // Art 11-5: a panel of one S&T-management and one industry expert; an expert from a member unit is refused.
        var admin = new FilingClient(platform.Admin);
        var management = await Experts.OnRosterAsync(platform.Admin, "expert-demo", "science_technology_management", "12230000MB0000003W");
        var industry = await Experts.OnRosterAsync(platform.Admin, "expert-industry-demo", "industry", "91230100MA1D4E5F6G", "钱峰");
        var conflicted = await Experts.OnRosterAsync(platform.Admin, $"expert-{Guid.NewGuid():N}", "industry", alliance.UniversityCreditCode, "孙立");
        using (var refused = await admin.SendAsync(HttpMethod.Post, $"{at}/panel", new { expertId = conflicted }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("filing.expert_conflict_of_interest", await refused.Content.ReadAsStringAsync());
        }
        await admin.PostAsync($"{at}/panel", new { expertId = management });
        using (var early = await admin.SendAsync(HttpMethod.Post, $"{at}/expert-consultation", new { consolidatedOpinion = "同意。" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("filing.panel_incomplete", await early.Content.ReadAsStringAsync());
        }
        await admin.PostAsync($"{at}/panel", new { expertId = industry });
        var asExpert = await new FilingClient(platform.Expert).PostAsync($"{at}/expert-opinion", new { opinion = "supports", text = "联盟组建必要，建议备案。" });
        Assert.Single(asExpert.GetProperty("panel").EnumerateArray()); // an expert sees only their own opinion
        await new FilingClient(platform.IndustryExpert).PostAsync($"{at}/expert-opinion", new { opinion = "supports_with_conditions", text = "建议加强成果转化。" });
        Assert.Equal("expert_consulted", FilingClient.Status(await admin.PostAsync($"{at}/expert-consultation",
            new { consolidatedOpinion = "专家组认为联盟具备备案条件，建议予以备案。" })));

        // Art 11-6, 11-7: the department meeting approves; the notice runs at least 5 working days and anyone can read it.
        var approved = await admin.PostAsync($"{at}/decision",
            new { meetingOn = DateOnly.FromDateTime(platform.ServiceNow.UtcDateTime), meetingReference = "厅会议纪要〔2026〕15号", approved = true, reason = "同意备案。" });
        Assert.Equal("public_notice", FilingClient.Status(approved));
        var notice = approved.GetProperty("notice");
        Assert.True(notice.GetProperty("workingDays").GetInt32() >= 5);
        var noticeId = notice.GetProperty("id").GetGuid();
        var closesAt = notice.GetProperty("closesAt").GetDateTimeOffset();
        var open = await new FilingClient(platform.Gateway).GetAsync($"/api/public/notices/{noticeId}");
        Assert.Equal(alliance.Name, open.GetProperty("allianceName").GetString());
        Assert.True(open.GetProperty("open").GetBoolean());
        Assert.Equal(notice.GetProperty("lastDay").GetString(), open.GetProperty("lastDay").GetString());

        // Anyone may object without signing in; the admin division rules it unfounded.
        var objection = await new FilingClient(platform.Gateway).PostAsync($"/api/public/notices/{noticeId}/objections",
            new { name = "张先生", contact = "13800000000", content = "该联盟部分成员单位并未签署章程。" }, HttpStatusCode.Created);
        var objectionId = objection.GetProperty("id").GetGuid();
        var withObjection = await admin.GetAsync(at);
        Assert.Equal("13800000000", withObjection.GetProperty("objections")[0].GetProperty("contact").GetString());
        // The applicant learns what was objected, not who objected, nor who sits on the panel.
        var asApplicant = await applicant.GetAsync(at);
        Assert.Equal(JsonValueKind.Null, asApplicant.GetProperty("objections")[0].GetProperty("contact").ValueKind);
        Assert.Equal(JsonValueKind.Null, asApplicant.GetProperty("objections")[0].GetProperty("name").ValueKind);
        Assert.Empty(asApplicant.GetProperty("panel").EnumerateArray());
        Assert.Equal(2, withObjection.GetProperty("panel").GetArrayLength());
        // One address may object to one notice a few times (3 in the tests' settings), then the gateway says to wait.
        for (var i = 0; i < 2; i++)
        {
            await new FilingClient(platform.Gateway).PostAsync($"/api/public/notices/{noticeId}/objections",
                new { name = "王女士", contact = "wang@example.cn", content = $"补充异议{i}。" }, HttpStatusCode.Created);
        }
        using (var flooded = await new FilingClient(platform.Gateway).SendAsync(HttpMethod.Post, $"/api/public/notices/{noticeId}/objections",
                   new { name = "王女士", contact = "wang@example.cn", content = "再次异议。" }))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, flooded.StatusCode);
            Assert.True(flooded.Headers.RetryAfter is not null);
        }
        foreach (var filedObjection in (await admin.GetAsync(at)).GetProperty("objections").EnumerateArray())
        {
            await admin.PostAsync($"{at}/objections/{filedObjection.GetProperty("id").GetGuid()}/ruling",
                new { upheld = false, reason = "经核实，全体成员单位均已签署章程，异议不成立。" });
        }
        Assert.Contains(objectionId, (await admin.GetAsync(at)).GetProperty("objections").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));

        // Art 11-8: when the window closes the alliance is filed by the clock, with a document number, and published.
        await platform.AdvanceClockPastAsync(closesAt);
        var filed = await Eventually.ReturnsAsync(() => applicant.GetAsync(at), a => FilingClient.Status(a) == "filed",
            TimeSpan.FromSeconds(30), "filing when the notice closes");
        var documentNumber = filed.GetProperty("documentNumber").GetString()!;
        Assert.Matches(DocumentNumberPattern(), documentNumber);
        var published = await observer.ReceivedAsync(AllianceFiled.EventName, e => e.GetProperty("allianceId").GetGuid() == alliance.Id);
        Assert.Equal(documentNumber, published.GetProperty("documentNumber").GetString());
        Assert.Equal(PlatformFixture.HarbinApplicantOrganization, published.GetProperty("chairUnitCreditCode").GetString());
        var register = await new FilingClient(platform.Gateway).GetAsync($"/api/public/register?name={Uri.EscapeDataString(alliance.Name)}");
        var entry = Assert.Single(register.GetProperty("items").EnumerateArray());
        Assert.Equal(documentNumber, entry.GetProperty("documentNumber").GetString());
        Assert.Equal("active", entry.GetProperty("status").GetString());
        Assert.Equal("230100", entry.GetProperty("region").GetString());
        Assert.Equal("哈尔滨新材料科技有限公司", entry.GetProperty("chairUnit").GetString());

        // Every transition raised its event, and the history records who decided what, and why.
        await observer.ReceivedAsync(FilingCorrectionRequested.EventName, e => e.GetProperty("applicationId").GetGuid() == id);
        await observer.ReceivedAsync(ObjectionFiled.EventName, e => e.GetProperty("applicationId").GetGuid() == id);
        await observer.ReceivedAsync(PublicNoticeStarted.EventName, e => e.GetProperty("noticeId").GetGuid() == noticeId);
        await observer.ReceivedAsync(FilingApplicationSubmitted.EventName, e => e.GetProperty("applicationId").GetGuid() == id);
        Assert.True(observer.All(FilingStageCompleted.EventName).Count(e => e.GetProperty("applicationId").GetGuid() == id) >= 6);
        Assert.Contains(filed.GetProperty("history").EnumerateArray(), h => h.GetProperty("decision").GetString() == "correction_requested"
            && h.GetProperty("reason").GetString() == "章程签署页不全。" && h.GetProperty("actorRole").GetString() == "secretariat");
    }

    [Fact]
    public async Task Art11_4_AnApplicationRejectedAtBusinessReview_EndsThere()
    {
        var alliance = await EligibleAlliances.FormAsync(platform.Applicant);
        var applicant = new FilingClient(platform.Applicant);
        var id = await applicant.DraftWithMaterialsAsync(alliance.Id);
        var at = $"/api/filing/applications/{id}";
        await applicant.SubmitAsync(id);
        await new FilingClient(platform.Recommender).PostAsync($"{at}/recommendation", new { decision = "recommend" });
        await new FilingClient(platform.Secretariat).PostAsync($"{at}/formal-review", new { decision = "pass" });

        // A decision must be named: none, or a number, is a bad request, not a silent "pass".
        foreach (var unnamed in new object[] { new { reason = "未选择" }, new { decision = 1 } })
        {
            using var bad = await new FilingClient(platform.BusinessDivision).SendAsync(HttpMethod.Post, $"{at}/business-review", unnamed);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        // The wrong role, and the right role from the wrong state, are refused.
        using (var wrongRole = await new FilingClient(platform.Secretariat).SendAsync(HttpMethod.Post, $"{at}/business-review", new { decision = "pass" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        }
        var business = new FilingClient(platform.BusinessDivision);
        var rejected = await business.PostAsync($"{at}/business-review", new { decision = "reject", reason = "产业技术创新能力不足。" });
        Assert.Equal("rejected", FilingClient.Status(rejected));
        using var again = await business.SendAsync(HttpMethod.Post, $"{at}/business-review", new { decision = "pass" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("filing.not_open", await again.Content.ReadAsStringAsync());

        // A rejected application no longer blocks a new one.
        using var next = await applicant.SendAsync(HttpMethod.Post, "/api/filing/applications", new { allianceId = alliance.Id });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
    }

    [Fact]
    public async Task Art6_SubmittingForAnIneligibleAlliance_ListsEveryFailedCondition()
    {
        var registered = await Alliances.RegisterOkAsync(platform.Applicant);
        var membership = new MembershipClient(platform.Applicant);
        await membership.PostAsync($"/api/membership/alliances/{registered.Id}/charters", MembershipClient.CompleteCharter, HttpStatusCode.Created);
        var applicant = new FilingClient(platform.Applicant);
        var id = await applicant.DraftWithMaterialsAsync(registered.Id);

        var refusal = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await applicant.SendAsync(HttpMethod.Post, $"/api/filing/applications/{id}/submission", null);
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            },
            r => r.StatusCode == HttpStatusCode.UnprocessableEntity, TimeSpan.FromSeconds(30), "Filing learning the alliance's assessment");

        var problem = JsonDocument.Parse(refusal.Body).RootElement;
        Assert.Equal("filing.not_eligible", problem.GetProperty("code").GetString());
        var failures = problem.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("art6_1.min_members", failures);
        Assert.Contains("art6_3.council", failures);
        Assert.DoesNotContain("art6_2.charter_organisation_form", failures);
        Assert.Equal("draft", FilingClient.Status(await applicant.GetAsync($"/api/filing/applications/{id}")));
    }

    [GeneratedRegex(@"^黑科发〔\d{4}〕[1-9]\d*号$")]
    private static partial Regex DocumentNumberPattern();
}
