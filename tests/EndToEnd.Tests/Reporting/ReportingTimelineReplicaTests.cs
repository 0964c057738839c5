using System.Net;
using System.Text.Json;
using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Contracts.Reporting;
using AlliancePlatform.EndToEnd.Tests.Filing;

namespace AlliancePlatform.EndToEnd.Tests.Reporting;

/// <summary>
/// The reporting season walked step by step with two Reporting replicas: every reminder step fires once (Art 13,
/// quality.md), and "working days left" follows the holiday schedule the admin division saves in Filing (domain.md §3).
/// </summary>
[Collection(TimelineCollection.Name)]
public class ReportingTimelineReplicaTests(TimelinePlatformFixture platform)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Art13_WithTwoReportingReplicas_EachReminderStepFiresOncePerObligation_AndWorkingDaysLeftFollowFilingsCalendar()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"),
            AnnualReportReminderDue.EventName, HolidayScheduleChanged.EventName);
        var filed = await FiledAlliances.FileAsync(platform);
        var id = filed.Alliance.Id;
        var year = platform.ServiceNow.ToOffset(China).Year;
        await PublicYearAsync(id, year, y => y.ValueKind == JsonValueKind.Object, "Reporting learning of the filing");
        var dueOn = new DateOnly(year + 1, 1, 31);

        // Each rung of the default ladder (30, 14, 7, 1 days before; 1, 7, 30 after), the clock moved to that day.
        string[] steps = ["before_30d", "before_14d", "before_7d", "before_1d", "after_1d", "after_7d", "after_30d"];
        int[] offsets = [-30, -14, -7, -1, 1, 7, 30];
        for (var i = 0; i < steps.Length; i++)
        {
            var day = dueOn.AddDays(offsets[i]);
            await platform.AdvanceClockPastAsync(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), China));
            await observer.ReceivedAsync(AnnualReportReminderDue.EventName, e => Is(e, id) && Step(e) == steps[i], TimeSpan.FromSeconds(30));
            if (steps[i] == "before_14d")
            {
                await WorkingDaysLeftFollowTheCalendarAsync(observer, id, year, day);
            }
        }

        // Both replicas kept ticking every second throughout: still one event per step.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var fired = observer.All(AnnualReportReminderDue.EventName).Where(e => Is(e, id) && e.GetProperty("reportYear").GetInt32() == year)
            .GroupBy(Step).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(steps.ToDictionary(s => s, _ => 1), fired);
    }

    /// <summary>On <paramref name="today"/>, 17 January: the admin division marks three weekdays before the due day as holidays.</summary>
    private async Task WorkingDaysLeftFollowTheCalendarAsync(EventObserver observer, Guid id, int year, DateOnly today)
    {
        var dueOn = new DateOnly(year + 1, 1, 31);
        var weekdaysLeft = Enumerable.Range(0, dueOn.DayNumber - today.DayNumber + 1).Select(today.AddDays).Count(IsWeekday);
        var before = await PublicYearAsync(id, year, y => y.GetProperty("status").GetString() == "due", "the year being due");
        if (before.GetProperty("yearsWithoutSchedule").GetArrayLength() > 0)
        {
            Assert.Equal(weekdaysLeft, before.GetProperty("workingDaysLeft").GetInt32());
            Assert.Contains("周一至周五", before.GetProperty("note").GetString(), StringComparison.Ordinal);
        }

        var holidays = Enumerable.Range(1, 10).Select(today.AddDays).Where(IsWeekday).Take(3).ToArray();
        using (var saved = await new FilingClient(platform.Admin).SendAsync(HttpMethod.Put, $"/api/filing/calendar/{year + 1}",
                   new { holidays, makeUpWorkingDays = Array.Empty<DateOnly>(), source = "end-to-end test" }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        var announced = await observer.ReceivedAsync(HolidayScheduleChanged.EventName,
            e => e.GetProperty("year").GetInt32() == year + 1 && e.GetProperty("source").GetString() == "end-to-end test");
        Assert.Equal(3, announced.GetProperty("holidays").GetArrayLength());

        var after = await PublicYearAsync(id, year, y => y.GetProperty("workingDaysLeft").GetInt32() == weekdaysLeft - 3, "Reporting counting the new holidays");
        Assert.Equal(0, after.GetProperty("yearsWithoutSchedule").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("note").ValueKind);
    }

    /// <summary>The year as the public sees it, through the gateway without a token.</summary>
    private Task<JsonElement> PublicYearAsync(Guid id, int year, Func<JsonElement, bool> done, string what) =>
        Eventually.ReturnsAsync(async () =>
            {
                using var response = await platform.Gateway.GetAsync($"/api/public/annual-reports?allianceId={id}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return default;
                }
                var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items");
                return items.GetArrayLength() == 0
                    ? default
                    : items[0].GetProperty("years").EnumerateArray().Where(y => y.GetProperty("year").GetInt32() == year).Select(y => y.Clone()).FirstOrDefault();
            },
            y => y.ValueKind == JsonValueKind.Object && done(y), TimeSpan.FromSeconds(30), what);

    private static bool IsWeekday(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    private static string Step(JsonElement e) => e.GetProperty("step").GetString()!;
    private static bool Is(JsonElement e, Guid allianceId) => e.GetProperty("allianceId").GetGuid() == allianceId;
}
