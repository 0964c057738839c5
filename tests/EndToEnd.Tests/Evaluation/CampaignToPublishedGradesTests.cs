using System.Net;
using System.Text.Json;
using AlliancePlatform.Contracts.Evaluation;
using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.EndToEnd.Tests.Filing;
using AlliancePlatform.EndToEnd.Tests.Reporting;

namespace AlliancePlatform.EndToEnd.Tests.Evaluation;

/// <summary>
/// Art 19-23 through the gateway: a campaign over three filed alliances from its plan to published grades. One alliance
/// skips its self-assessment (Filing opens a revocation case), two are scored by experts; the grades are adjusted,
/// decided, noticed for 5 working days and published by the clock, then seen by the public and in the register.
/// </summary>
[Collection(PlatformCollection.Name)]
public class CampaignToPublishedGradesTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art19To23_ThreeAlliances_FromPlanToPublishedGrades_VisibleToThePublicAndInTheRegister()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"),
            AllianceGradePublished.EventName, AssessmentRefused.EventName, RevocationCaseOpened.EventName);
        var strong = (await FiledAlliances.FileAsync(platform)).Alliance;
        var weak = (await FiledAlliances.FileAsync(platform)).Alliance;
        var silent = (await FiledAlliances.FileAsync(platform)).Alliance;
        await EvaluationHttp.KnownAsync(platform, strong.Id, weak.Id, silent.Id);

        // The admin division starts the campaign and evaluates these three of the alliances filed now (Art 19).
        var today = EvaluationHttp.Today(platform);
        var id = (await EvaluationHttp.CreateCampaignAsync(platform, today, 3)).GetProperty("id").GetGuid();
        var at = $"/api/evaluation/campaigns/{id}";
        using (var unknown = await Admin.SendAsync(HttpMethod.Put, $"{at}/scope", new { allianceIds = new[] { strong.Id, Guid.NewGuid() } }))
        {
            Assert.Equal("evaluation.alliance_not_filed", (await WalkingSkeletonTests.Problem(unknown, HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        }
        var scoped = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Put, $"{at}/scope", new { allianceIds = new[] { strong.Id, weak.Id, silent.Id } });
        Assert.Equal(3, scoped.GetProperty("alliancesInScope").GetInt32());

        // Plan (Art 20), notice (Art 21), self-assessment: two alliances submit, one stays silent.
        var planned = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Put, $"{at}/plan", EvaluationHttp.Plan());
        var indicators = planned.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/opening", null);
        await ReportingHttp.SendOkAsync(platform.Secretariat, HttpMethod.Post, $"{at}/self-assessment", null);
        foreach (var alliance in new[] { strong.Id, weak.Id })
        {
            var own = $"{at}/alliances/{alliance}/self-assessment";
            foreach (var indicator in indicators)
            {
                await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Put, $"{own}/items/{indicator}", new { score = 8m, evidence = Array.Empty<Guid>() });
            }
            await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Post, $"{own}/submission", null);
        }

        // Two experts from outside the alliances are assigned to each reviewed alliance (Art 22).
        foreach (var alliance in new[] { strong.Id, weak.Id })
        {
            var review = $"{at}/alliances/{alliance}/review/experts";
            await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, review,
                new { expertId = Guid.NewGuid(), accountName = "expert-demo", name = "赵敏", unitCreditCode = "12230000MB0000003W" });
            await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, review,
                new { expertId = Guid.NewGuid(), accountName = "expert-industry-demo", name = "钱峰", unitCreditCode = "91230100MA1D4E5F6G" });
        }

        // The self-assessment closes: the silent alliance refused assessment and Filing opens a revocation case (Art 21, 17-2).
        await platform.AdvanceClockPastAsync(At(today.AddDays(5)));
        await observer.ReceivedAsync(AssessmentRefused.EventName, e => Is(e, silent.Id) && e.GetProperty("campaignId").GetGuid() == id, TimeSpan.FromSeconds(40));
        await observer.ReceivedAsync(RevocationCaseOpened.EventName, e => Is(e, silent.Id));

        // The experts score: the strong alliance 90 and 100 (composite 95), the weak one 50 and 60 (composite 55).
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/expert-review", null);
        foreach (var (alliance, byManagement, byIndustry) in new[] { (strong.Id, 9m, 10m), (weak.Id, 5m, 6m) })
        {
            var review = $"{at}/alliances/{alliance}/review";
            foreach (var (expert, score) in new[] { (platform.Expert, byManagement), (platform.IndustryExpert, byIndustry) })
            {
                foreach (var indicator in indicators)
                {
                    await ReportingHttp.SendOkAsync(expert, HttpMethod.Put, $"{review}/scores/{indicator}", new { score });
                }
                await ReportingHttp.SendOkAsync(expert, HttpMethod.Post, $"{review}/submission", null);
            }
        }

        // The scores are combined only once the review window has closed (Art 22).
        using (var early = await Admin.SendAsync(HttpMethod.Post, $"{at}/expert-review/closure", null))
        {
            Assert.Equal("evaluation.expert_review_window_still_open", (await WalkingSkeletonTests.Problem(early, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }
        await platform.AdvanceClockPastAsync(At(today.AddDays(14)));
        var graded = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/expert-review/closure", null);
        Assert.Equal("grading", graded.GetProperty("status").GetString());
        var proposed = Standing(graded);
        Assert.Equal(95m, proposed[strong.Id].GetProperty("composite").GetDecimal());
        Assert.Equal("A", proposed[strong.Id].GetProperty("grade").GetString());
        Assert.Equal(55m, proposed[weak.Id].GetProperty("composite").GetDecimal());
        Assert.Equal("D", proposed[weak.Id].GetProperty("grade").GetString());
        Assert.Equal(JsonValueKind.Null, proposed[silent.Id].GetProperty("grade").ValueKind);
        Assert.Equal(86m, graded.GetProperty("grading").GetProperty("thresholds").GetProperty("a").GetDecimal());

        // The campaign report for the officials (Art 23); each expert's scores for the admin division alone.
        foreach (var official in new[] { platform.Admin, platform.Secretariat })
        {
            var report = await ReportingHttp.SendOkAsync(official, HttpMethod.Get, $"{at}/report", null);
            var ranking = report.GetProperty("ranking").EnumerateArray().ToList();
            Assert.Equal([strong.Id, weak.Id], ranking.Select(r => r.GetProperty("allianceId").GetGuid()));
            Assert.Equal([1, 2], ranking.Select(r => r.GetProperty("rank").GetInt32()));
            Assert.Equal(1, report.GetProperty("distribution").GetProperty("a").GetInt32());
        }
        using (var workbook = await platform.Admin.GetAsync($"{at}/report.xlsx"))
        {
            Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
            Assert.Equal("PK"u8.ToArray(), (await workbook.Content.ReadAsByteArrayAsync())[..2]);
        }
        var sheet = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Get, $"{at}/alliances/{weak.Id}/score-sheet", null);
        Assert.Equal(55m, sheet.GetProperty("composite").GetDecimal());
        Assert.Equal([50m, 60m], sheet.GetProperty("experts").EnumerateArray().Select(e => e.GetProperty("total").GetDecimal()).Order());
        using (var secretariat = await platform.Secretariat.GetAsync($"{at}/alliances/{weak.Id}/score-sheet"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, secretariat.StatusCode);
        }

        // The applicant does not see proposed grades before the notice.
        var beforeNotice = await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Get, at, null);
        Assert.All(beforeNotice.GetProperty("alliances").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("grade").ValueKind));

        // The admin division adjusts a grade with its reason; an alliance that refused assessment gets none (Art 23).
        using (var refused = await Admin.SendAsync(HttpMethod.Post, $"{at}/alliances/{silent.Id}/grade-adjustment", new { grade = "C", reason = "补评" }))
        {
            Assert.Equal("evaluation.alliance_refused_assessment", (await WalkingSkeletonTests.Problem(refused, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }
        using (var unnamed = await Admin.SendAsync(HttpMethod.Post, $"{at}/alliances/{strong.Id}/grade-adjustment", new { grade = "E", reason = "test" }))
        {
            Assert.Equal("evaluation.grade_unknown", (await WalkingSkeletonTests.Problem(unnamed, HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        }
        var adjusted = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/alliances/{strong.Id}/grade-adjustment",
            new { grade = "B", reason = "成果转化合同金额待核实，经处务会研究调整为B级。" });
        Assert.Equal("A", Standing(adjusted)[strong.Id].GetProperty("proposedGrade").GetString());
        Assert.Equal("B", Standing(adjusted)[strong.Id].GetProperty("grade").GetString());
        Assert.True(Standing(adjusted)[strong.Id].GetProperty("isAdjusted").GetBoolean());
        var adjustment = Assert.Single(adjusted.GetProperty("grading").GetProperty("adjustments").EnumerateArray());
        Assert.Equal("A", adjustment.GetProperty("from").GetString());

        // The department meeting decides (not in the future); the public notice of 5 working days starts (Art 22-23).
        var meetingDay = EvaluationHttp.Today(platform);
        using (var future = await Admin.SendAsync(HttpMethod.Post, $"{at}/meeting-decision", new { meetingOn = meetingDay.AddDays(3), meetingReference = "厅务会" }))
        {
            Assert.Equal("evaluation.meeting_in_future", (await WalkingSkeletonTests.Problem(future, HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        }
        var decided = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/meeting-decision",
            new { meetingOn = meetingDay, meetingReference = $"{meetingDay.Year}年第9次厅务会" });
        Assert.Equal("notice", decided.GetProperty("status").GetString());
        var notice = decided.GetProperty("grading").GetProperty("notice");
        Assert.Equal(5, notice.GetProperty("workingDays").GetInt32());
        var closesAt = notice.GetProperty("closesAt").GetDateTimeOffset();

        // On notice, anyone sees the grades without signing in; the applicant sees its own.
        var onNotice = await ReportingHttp.SendOkAsync(platform.Gateway, HttpMethod.Get, $"/api/public/grades?campaign={id}", null);
        Assert.Equal("on_notice", onNotice.GetProperty("campaign").GetProperty("status").GetString());
        Assert.Equal(2, onNotice.GetProperty("grades").GetProperty("totalCount").GetInt32());
        var applicantView = Standing(await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Get, at, null));
        Assert.Equal("B", applicantView[strong.Id].GetProperty("grade").GetString());

        // The notice closes; the clock publishes the grades once each (Art 23).
        await platform.AdvanceClockPastAsync(closesAt.AddMinutes(5));
        var strongGrade = await observer.ReceivedAsync(AllianceGradePublished.EventName, e => Is(e, strong.Id) && Campaign(e) == id, TimeSpan.FromSeconds(40));
        var weakGrade = await observer.ReceivedAsync(AllianceGradePublished.EventName, e => Is(e, weak.Id) && Campaign(e) == id);
        Assert.Equal("B", strongGrade.GetProperty("grade").GetString());
        Assert.Equal(95m, Number(strongGrade.GetProperty("compositeScore")));
        Assert.Equal("D", weakGrade.GetProperty("grade").GetString());
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(2, observer.All(AllianceGradePublished.EventName).Count(e => Campaign(e) == id));
        Assert.DoesNotContain(observer.All(AllianceGradePublished.EventName), e => Is(e, silent.Id));

        // The public sees the published grades, best composite first, and the register shows each alliance's grade.
        var published = await ReportingHttp.SendOkAsync(platform.Gateway, HttpMethod.Get, $"/api/public/grades?campaign={id}", null);
        Assert.Equal("published", published.GetProperty("campaign").GetProperty("status").GetString());
        var rows = published.GetProperty("grades").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([strong.Id, weak.Id], rows.Select(r => r.GetProperty("allianceId").GetGuid()));
        Assert.Equal(["B", "D"], rows.Select(r => r.GetProperty("grade").GetString()));
        Assert.Equal(1, published.GetProperty("distribution").GetProperty("b").GetInt32());
        Assert.Equal(1, published.GetProperty("distribution").GetProperty("d").GetInt32());
        var onlyD = await ReportingHttp.SendOkAsync(platform.Gateway, HttpMethod.Get, $"/api/public/grades?campaign={id}&grade=D", null);
        Assert.Equal(weak.Id, Assert.Single(onlyD.GetProperty("grades").GetProperty("items").EnumerateArray()).GetProperty("allianceId").GetGuid());
        foreach (var (alliance, grade) in new[] { (strong, "B"), (weak, "D") })
        {
            await Eventually.ReturnsAsync(
                async () => (await ReportingHttp.SendOkAsync(platform.Gateway, HttpMethod.Get,
                    $"/api/public/register?name={Uri.EscapeDataString(alliance.Name)}&probe={Guid.NewGuid():N}", null)).GetProperty("items").EnumerateArray().Single(),
                e => e.GetProperty("latestGrade").GetString() == grade && e.GetProperty("latestGradeYear").GetInt32() == today.Year,
                TimeSpan.FromSeconds(30), $"grade {grade} in the register");
        }

        // The D grade opened a rectification; the applicant sees it, the admin division closes it once.
        var rectifications = await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Get, $"/api/evaluation/rectifications?campaignId={id}", null);
        var rectification = Assert.Single(rectifications.GetProperty("items").EnumerateArray());
        Assert.Equal(weak.Id, rectification.GetProperty("allianceId").GetGuid());
        Assert.True(rectification.GetProperty("isOpen").GetBoolean());
        var closure = $"/api/evaluation/rectifications/{rectification.GetProperty("id").GetGuid()}/closure";
        var closed = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, closure, new { conclusion = "联盟已完成整改。" });
        Assert.False(closed.GetProperty("isOpen").GetBoolean());
        using (var again = await Admin.SendAsync(HttpMethod.Post, closure, new { conclusion = "再次关闭" }))
        {
            Assert.Equal("evaluation.rectification_closed", (await WalkingSkeletonTests.Problem(again, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }
        var campaigns = await ReportingHttp.SendOkAsync(platform.Gateway, HttpMethod.Get, "/api/public/grades/campaigns", null);
        Assert.Contains(campaigns.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id && c.GetProperty("status").GetString() == "published");
    }

    [Fact]
    public async Task Art23_AnAllianceGradedDInTwoConsecutiveCampaigns_RaisesRepeatedGradeDOnce_AndFilingOpensARevocationCase()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"),
            AllianceGradePublished.EventName, RepeatedGradeD.EventName, RevocationCaseOpened.EventName);
        var alliance = (await FiledAlliances.FileAsync(platform)).Alliance.Id;
        await EvaluationHttp.KnownAsync(platform, alliance);

        var first = await PublishDAsync(alliance, observer);
        Assert.DoesNotContain(observer.All(RepeatedGradeD.EventName), e => Is(e, alliance));
        var second = await PublishDAsync(alliance, observer);

        var repeated = await observer.ReceivedAsync(RepeatedGradeD.EventName, e => Is(e, alliance), TimeSpan.FromSeconds(30));
        Assert.Equal(second, Campaign(repeated));
        Assert.Equal(first, repeated.GetProperty("previousCampaignId").GetGuid());
        var opened = await observer.ReceivedAsync(RevocationCaseOpened.EventName, e => Is(e, alliance));
        Assert.Equal("evaluation_repeated_grade_d", opened.GetProperty("source").GetString());
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(observer.All(RepeatedGradeD.EventName), e => Is(e, alliance));
    }

    /// <summary>
    /// A campaign over <paramref name="allianceId"/> alone, which self-assesses; no expert scores it, so the admin division
    /// grades it D by adjustment; the grade is published when the notice closes. Returns the campaign.
    /// </summary>
    private async Task<Guid> PublishDAsync(Guid allianceId, EventObserver observer)
    {
        var today = EvaluationHttp.Today(platform);
        var (at, indicators) = await EvaluationHttp.SelfAssessingCampaignAsync(platform, 1, allianceId);
        var id = Guid.Parse(at.Split('/')[^1]);
        foreach (var indicator in indicators)
        {
            await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Put, $"{at}/alliances/{allianceId}/self-assessment/items/{indicator}", new { score = 2m, evidence = Array.Empty<Guid>() });
        }
        await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Post, $"{at}/alliances/{allianceId}/self-assessment/submission", null);
        await platform.AdvanceClockPastAsync(At(today.AddDays(3)));
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/expert-review", null);
        await platform.AdvanceClockPastAsync(At(today.AddDays(12)));
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/expert-review/closure", null);
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/alliances/{allianceId}/grade-adjustment",
            new { grade = "D", reason = "联盟工作停滞，未开展任何活动。" });
        var decided = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/meeting-decision",
            new { meetingOn = EvaluationHttp.Today(platform), meetingReference = "厅务会" });
        await platform.AdvanceClockPastAsync(decided.GetProperty("grading").GetProperty("notice").GetProperty("closesAt").GetDateTimeOffset().AddMinutes(5));
        var published = await observer.ReceivedAsync(AllianceGradePublished.EventName, e => Is(e, allianceId) && Campaign(e) == id, TimeSpan.FromSeconds(40));
        Assert.Equal("D", published.GetProperty("grade").GetString());
        Assert.Equal(JsonValueKind.Null, published.GetProperty("compositeScore").ValueKind);
        return id;
    }

    private FilingClient Admin => new(platform.Admin);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(0, 5)), EvaluationHttp.China);

    private static Dictionary<Guid, JsonElement> Standing(JsonElement campaign) =>
        campaign.GetProperty("alliances").EnumerateArray().ToDictionary(a => a.GetProperty("allianceId").GetGuid());

    private static bool Is(JsonElement e, Guid allianceId) => e.GetProperty("allianceId").GetGuid() == allianceId;

    /// <summary>MassTransit writes an event's decimals as strings, so their digits survive any JSON reader.</summary>
    private static decimal Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? decimal.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.GetDecimal();

    private static Guid Campaign(JsonElement e) => e.GetProperty("campaignId").GetGuid();
}
