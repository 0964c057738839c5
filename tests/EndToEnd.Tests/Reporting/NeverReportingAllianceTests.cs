using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Contracts.Reporting;
using AlliancePlatform.EndToEnd.Tests.Filing;

namespace AlliancePlatform.EndToEnd.Tests.Reporting;

/// <summary>Art 13-17 over two years of the services' clock: reminders, a yellow card, then a revocation case in Filing.</summary>
[Collection(TimelineCollection.Name)]
public class NeverReportingAllianceTests(TimelinePlatformFixture platform)
{
    [Fact]
    public async Task Art17_2_AnAllianceThatNeverReports_IsRemindedYellowCardedAndAfterTwoMissedYearsFacesRevocation()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"),
            AnnualReportReminderDue.EventName, YellowCardIssued.EventName, AnnualReportsMissingTwoYears.EventName, RevocationCaseOpened.EventName);
        var filed = await FiledAlliances.FileAsync(platform);
        var id = filed.Alliance.Id;
        var year = platform.ServiceNow.ToOffset(TimeSpan.FromHours(8)).Year;
        await Eventually.ReturnsAsync(async () => (await platform.Applicant.GetAsync($"/api/reporting/alliances/{id}/obligations")).IsSuccessStatusCode,
            known => known, TimeSpan.FromSeconds(30), "Reporting learning of the filing");

        // A week before the deadline: the reminders due so far, each once.
        await platform.AdvanceClockPastAsync(new DateTimeOffset(year + 1, 1, 24, 9, 0, 0, TimeSpan.FromHours(8)));
        await observer.ReceivedAsync(AnnualReportReminderDue.EventName, e => Is(e, id) && e.GetProperty("step").GetString() == "before_7d");

        // The deadline passes with no report: the year is missing and the alliance is yellow-carded (Art 14), on the register too.
        await platform.AdvanceClockPastAsync(new DateTimeOffset(year + 1, 2, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        var card = await observer.ReceivedAsync(YellowCardIssued.EventName, e => Is(e, id));
        Assert.Equal(year, card.GetProperty("reportYear").GetInt32());
        var register = new FilingClient(platform.Gateway);
        await Eventually.ReturnsAsync(
            async () => (await register.GetAsync($"/api/public/register?name={Uri.EscapeDataString(filed.Alliance.Name)}")).GetProperty("items")[0].GetProperty("status").GetString(),
            status => status == "yellow_carded", TimeSpan.FromSeconds(30), "the register showing the yellow card");

        // A second year missed: Reporting tells Filing, which opens one revocation case (Art 17-2).
        await platform.AdvanceClockPastAsync(new DateTimeOffset(year + 2, 2, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        var missing = await observer.ReceivedAsync(AnnualReportsMissingTwoYears.EventName, e => Is(e, id));
        Assert.Equal(year, missing.GetProperty("firstMissingYear").GetInt32());
        Assert.Equal(year + 1, missing.GetProperty("secondMissingYear").GetInt32());
        var opened = await observer.ReceivedAsync(RevocationCaseOpened.EventName, e => Is(e, id));
        Assert.Equal("refused_assessment_or_two_years_no_report", opened.GetProperty("cause").GetString());

        // Every step fired once, however many ticks and replicas looked.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(observer.All(AnnualReportsMissingTwoYears.EventName), e => Is(e, id));
        Assert.Single(observer.All(RevocationCaseOpened.EventName), e => Is(e, id));
        Assert.Single(observer.All(YellowCardIssued.EventName), e => Is(e, id));
        var steps = observer.All(AnnualReportReminderDue.EventName).Where(e => Is(e, id))
            .Select(e => $"{e.GetProperty("reportYear").GetInt32()}:{e.GetProperty("step").GetString()}").ToList();
        Assert.Equal(steps.Count, steps.Distinct().Count());
    }

    private static bool Is(System.Text.Json.JsonElement e, Guid allianceId) => e.GetProperty("allianceId").GetGuid() == allianceId;
}
