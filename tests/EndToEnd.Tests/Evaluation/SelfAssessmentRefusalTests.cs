using System.Net;
using System.Text.Json;
using AlliancePlatform.Contracts.Evaluation;
using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.EndToEnd.Tests.Filing;
using AlliancePlatform.EndToEnd.Tests.Reporting;

namespace AlliancePlatform.EndToEnd.Tests.Evaluation;

/// <summary>Art 19-21 and 17-2: a campaign over the filed alliances, its plan, and a self-assessment one alliance skips.</summary>
[Collection(PlatformCollection.Name)]
public class SelfAssessmentRefusalTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art21_AnAllianceThatDoesNotSelfAssessInTime_RefusesAssessmentOnceAndFilingOpensARevocationCase()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"),
            AssessmentRefused.EventName, RevocationCaseOpened.EventName);
        var diligent = (await FiledAlliances.FileAsync(platform)).Alliance.Id;
        var silent = (await FiledAlliances.FileAsync(platform)).Alliance.Id;
        await EvaluationHttp.KnownAsync(platform, diligent, silent);

        // The admin division starts a campaign over the alliances filed now (Art 19).
        var today = EvaluationHttp.Today(platform);
        var created = await EvaluationHttp.CreateCampaignAsync(platform, today, 3);
        var id = created.GetProperty("id").GetGuid();
        var at = $"/api/evaluation/campaigns/{id}";
        var scope = created.GetProperty("alliances").EnumerateArray().Select(a => a.GetProperty("allianceId").GetGuid()).ToList();
        Assert.Contains(diligent, scope);
        Assert.Contains(silent, scope);
        // Only these two: the other tests' alliances on this platform must not refuse an assessment they never heard of.
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Put, $"{at}/scope", new { allianceIds = new[] { diligent, silent } });

        // A plan whose weights do not sum to 100 is refused with the rule's code (Art 20).
        using (var refused = await new FilingClient(platform.Admin).SendAsync(HttpMethod.Put, $"{at}/plan", EvaluationHttp.Plan(impact: 20m)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("evaluation.weights_not_100", problem.GetProperty("code").GetString());
            Assert.Equal("Art 20", problem.GetProperty("article").GetString());
        }
        var planned = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Put, $"{at}/plan", EvaluationHttp.Plan());
        var indicators = planned.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(3, indicators.Count);

        // The notice freezes the plan (Art 21); the secretariat opens the self-assessment.
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/opening", null);
        using (var frozen = await new FilingClient(platform.Admin).SendAsync(HttpMethod.Put, $"{at}/plan", EvaluationHttp.Plan()))
        {
            Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        }
        var started = await ReportingHttp.SendOkAsync(platform.Secretariat, HttpMethod.Post, $"{at}/self-assessment", null);
        Assert.Equal("self_assessment", started.GetProperty("status").GetString());

        // One alliance scores every indicator and submits; the secretariat accepts. Another applicant does not even see it.
        var own = $"{at}/alliances/{diligent}/self-assessment";
        foreach (var indicator in indicators)
        {
            await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Put, $"{own}/items/{indicator}", new { score = 8m, evidence = Array.Empty<Guid>() });
        }
        using (var foreign = await platform.OtherApplicant.GetAsync(own))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }
        var submitted = await ReportingHttp.SendOkAsync(platform.Applicant, HttpMethod.Post, $"{own}/submission", null);
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        var accepted = await ReportingHttp.SendOkAsync(platform.Secretariat, HttpMethod.Post, $"{own}/acceptance", null);
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());

        // The window closes: the silent alliance refused assessment (Art 21, 17-2), and Filing opens a revocation case.
        await platform.AdvanceClockPastAsync(new DateTimeOffset(today.AddDays(4).ToDateTime(new TimeOnly(0, 5)), EvaluationHttp.China));
        var refusal = await observer.ReceivedAsync(AssessmentRefused.EventName, e => Is(e, silent) && e.GetProperty("campaignId").GetGuid() == id,
            TimeSpan.FromSeconds(40));
        Assert.Equal(today.AddDays(3), DateOnly.Parse(refusal.GetProperty("windowClosedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var opened = await observer.ReceivedAsync(RevocationCaseOpened.EventName, e => Is(e, silent));
        Assert.Equal("refused_assessment_or_two_years_no_report", opened.GetProperty("cause").GetString());

        // Once, however many ticks looked; never for the alliance that submitted.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(observer.All(AssessmentRefused.EventName), e => Is(e, silent) && e.GetProperty("campaignId").GetGuid() == id);
        Assert.DoesNotContain(observer.All(AssessmentRefused.EventName), e => Is(e, diligent));
        var campaign = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Get, at, null);
        var standing = campaign.GetProperty("alliances").EnumerateArray().ToDictionary(a => a.GetProperty("allianceId").GetGuid());
        Assert.NotEqual(JsonValueKind.Null, standing[silent].GetProperty("selfAssessmentRefusedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, standing[diligent].GetProperty("selfAssessmentRefusedAt").ValueKind);
    }

    private static bool Is(JsonElement e, Guid allianceId) => e.GetProperty("allianceId").GetGuid() == allianceId;
}
