using System.Net;
using System.Text.Json;
using AlliancePlatform.Contracts.Reporting;
using AlliancePlatform.EndToEnd.Tests.Filing;
using AlliancePlatform.EndToEnd.Tests.Reporting;

namespace AlliancePlatform.EndToEnd.Tests.Evaluation;

/// <summary>Art 13 and 19: the figures of an accepted annual report pre-fill the quantitative indicators of the alliance's self-assessment.</summary>
[Collection(PlatformCollection.Name)]
public class ReportedValuePrefillTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art19_AnAcceptedAnnualReport_PrefillsTheQuantitativeIndicatorsOfTheSelfAssessment()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"), AnnualReportAccepted.EventName);
        var filed = await FiledAlliances.FileAsync(platform);
        var allianceId = filed.Alliance.Id;
        var filedOn = DateOnly.Parse((await new FilingClient(platform.Applicant).GetAsync($"/api/filing/applications/{filed.ApplicationId}"))
            .GetProperty("filedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var year = filedOn.Year;
        await ReportingHttp.KnownAsync(platform, allianceId);
        await EvaluationHttp.KnownAsync(platform, allianceId);

        // The alliance reports on its first year; the secretariat accepts the report (Art 13).
        await platform.AdvanceClockPastAsync(new DateTimeOffset(year + 1, 1, 5, 10, 0, 0, EvaluationHttp.China));
        var report = $"/api/reporting/alliances/{allianceId}/reports/{year}";
        await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Put, report, new
        {
            content = new { jointProjects = 3, jointProjectFunding = 1_200_000m, meetings = 4, exchanges = 2, achievementTransfers = 1, transferContractValue = 300_000.50m },
            summary = "本年度联盟围绕高性能复合材料开展联合攻关。",
        });
        await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Post, $"{report}/submission", null);
        await ReportingHttp.SendOkAsync(platform.Secretariat, HttpMethod.Post, $"{report}/acceptance", new { comment = "材料齐全。" });

        var accepted = await observer.ReceivedAsync(AnnualReportAccepted.EventName, e => Is(e, allianceId), TimeSpan.FromSeconds(30));
        Assert.Equal(year, accepted.GetProperty("reportYear").GetInt32());
        Assert.Equal(300_000.50m, Figure(accepted, "transferContractValue"));
        Assert.Equal(6m, Figure(accepted, "activities"));
        await Eventually.ReturnsAsync(
            () => platform.ScalarAsync<long>("evaluationdb", "SELECT count(*) FROM accepted_report_figures WHERE alliance_id = @id AND report_year = @year",
                ("id", allianceId), ("year", year)),
            count => count > 0, TimeSpan.FromSeconds(30), "Evaluation keeping the accepted report's figures");

        // A campaign whose plan names two of the report's figures; an unknown figure is refused (Art 20).
        var today = EvaluationHttp.Today(platform);
        var created = await EvaluationHttp.CreateCampaignAsync(platform, today, 3);
        var at = $"/api/evaluation/campaigns/{created.GetProperty("id").GetGuid()}";
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Put, $"{at}/scope", new { allianceIds = new[] { allianceId } });
        using (var refused = await new FilingClient(platform.Admin).SendAsync(HttpMethod.Put, $"{at}/plan", Plan("jointProjects.count")))
        {
            var text = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)refused.StatusCode} {text}");
            var problem = JsonDocument.Parse(text).RootElement;
            Assert.Equal("evaluation.source_field_unknown", problem.GetProperty("code").GetString());
            Assert.Contains("transferContractValue", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Put, $"{at}/plan", Plan("activities"));
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/opening", null);
        await ReportingHttp.SendOkAsync(platform.Secretariat, HttpMethod.Post, $"{at}/self-assessment", null);

        // The alliance's first score starts its self-assessment, pre-filled from the accepted report (Art 19 定量).
        var own = $"{at}/alliances/{allianceId}/self-assessment";
        var planned = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Get, at, null);
        var organisation = planned.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "ORG-1").GetProperty("id").GetGuid();
        await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Put, $"{own}/items/{organisation}", new { score = 8m, evidence = Array.Empty<Guid>() });
        var assessment = await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Get, own, null);
        var items = assessment.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal(6m, items["ACT-1"].GetProperty("reportedValue").GetDecimal());
        Assert.Equal(300_000.50m, items["IMP-1"].GetProperty("reportedValue").GetDecimal());
        Assert.Equal(JsonValueKind.Null, items["ORG-1"].GetProperty("reportedValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, items["ACT-1"].GetProperty("score").ValueKind);

        // Published once, with the acceptance.
        Assert.Single(observer.All(AnnualReportAccepted.EventName), e => Is(e, allianceId));
    }

    private static object Plan(string activitiesSource) => new
    {
        indicators = new object[]
        {
            new { code = "ORG-1", name = "组织机构健全", dimension = "organisation_building", weight = 30m, maxScore = 10m, scoringGuide = "理事会、秘书处健全。" },
            new { code = "ACT-1", name = "创新活动", dimension = "activities", weight = 40m, maxScore = 10m, scoringGuide = "会议、交流与培训次数。", sourceField = activitiesSource },
            new { code = "IMP-1", name = "成果转化", dimension = "innovation_impact", weight = 30m, maxScore = 10m, scoringGuide = "成果转化合同金额。", sourceField = "transferContractValue" },
        },
    };

    /// <summary>MassTransit writes decimals as JSON strings, to keep their precision.</summary>
    private static decimal Figure(JsonElement accepted, string name) =>
        decimal.Parse(accepted.GetProperty("figures").GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static bool Is(JsonElement e, Guid allianceId) => e.GetProperty("allianceId").GetGuid() == allianceId;
}
