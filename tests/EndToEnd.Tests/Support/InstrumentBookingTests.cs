using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static AlliancePlatform.EndToEnd.Tests.Support.SupportMembers;

namespace AlliancePlatform.EndToEnd.Tests.Support;

/// <summary>
/// Shared instruments (Art 25) end to end: the Harbin unit lists an instrument, a fellow member unit (Qiqihar) finds it
/// through the alliance they share and asks twice for the same slot; the owner approves both at once and exactly one
/// wins, the other answers 409 support.slot_taken (the database's exclusion constraint, whatever replica approves).
/// </summary>
[Collection(PlatformCollection.Name)]
public class InstrumentBookingTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art25_DoubleBooking_ConcurrentApprovalsOfTheSameSlot_ExactlyOneWins()
    {
        var allianceId = Guid.NewGuid();
        var now = platform.ServiceNow;
        await platform.PublishAsync(
            Joined(allianceId, "仪器共享测试联盟", PlatformFixture.HarbinApplicantOrganization, "enterprise", now),
            Joined(allianceId, "仪器共享测试联盟", QiqiharOrganization, "enterprise", now));

        Guid instrumentId;
        using (var listed = await PostAsync(platform.Applicant, "/api/support/instruments",
            new { name = $"场发射扫描电镜 {Guid.NewGuid():N}", model = "SU8010", location = "哈尔滨 测试中心 3 楼", bookingRules = "工作日 9:00-17:00，按机时收费。" }))
        {
            Assert.True(listed.StatusCode == HttpStatusCode.Created, await listed.Content.ReadAsStringAsync());
            instrumentId = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        // Qiqihar sees it once both memberships reached Support.
        await SeesAsync(platform.OtherApplicant, allianceId, instrumentId);

        var starts = now.AddDays(30);
        var slot = new { startsAt = starts, endsAt = starts.AddHours(2), purpose = "样品形貌表征" };
        var first = await RequestAsync(instrumentId, slot);
        var second = await RequestAsync(instrumentId, slot);

        // Only the owner unit approves.
        using (var notOwner = await PostAsync(platform.OtherApplicant, $"/api/support/instruments/{instrumentId}/bookings/{first}/approval", new { note = "同意" }))
        {
            Assert.False(notOwner.IsSuccessStatusCode, await notOwner.Content.ReadAsStringAsync());
        }

        var answers = await Task.WhenAll(
            PostAsync(platform.Applicant, $"/api/support/instruments/{instrumentId}/bookings/{first}/approval", new { note = "同意" }),
            PostAsync(platform.Applicant, $"/api/support/instruments/{instrumentId}/bookings/{second}/approval", new { note = "同意" }));
        try
        {
            var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
            var detail = string.Join(" | ", answers.Select((a, i) => $"{(int)a.StatusCode} {bodies[i]}"));
            Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.OK) == 1, detail);
            var lost = Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.Conflict);
            Assert.True(lost >= 0, detail);
            Assert.Equal("support.slot_taken", JsonDocument.Parse(bodies[lost]).RootElement.GetProperty("code").GetString());
        }
        finally
        {
            foreach (var a in answers)
            {
                a.Dispose();
            }
        }

        // A slot touching the approved one at its end is still free: [start, end).
        var next = await RequestAsync(instrumentId, new { startsAt = starts.AddHours(2), endsAt = starts.AddHours(3), purpose = "能谱分析" });
        using var approvedNext = await PostAsync(platform.Applicant, $"/api/support/instruments/{instrumentId}/bookings/{next}/approval", new { note = "同意" });
        Assert.True(approvedNext.StatusCode == HttpStatusCode.OK, await approvedNext.Content.ReadAsStringAsync());
    }

    private async Task<Guid> RequestAsync(Guid instrumentId, object slot)
    {
        using var response = await PostAsync(platform.OtherApplicant, $"/api/support/instruments/{instrumentId}/bookings", slot);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var booking = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Requested", booking.GetProperty("status").GetString());
        Assert.Equal(QiqiharOrganization, booking.GetProperty("requesterCreditCode").GetString());
        return booking.GetProperty("id").GetGuid();
    }

    private static async Task SeesAsync(HttpClient client, Guid allianceId, Guid instrumentId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var instruments = await client.GetFromJsonAsync<JsonElement>($"/api/support/instruments?allianceId={allianceId}");
            if (instruments.EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == instrumentId))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "the fellow member never saw the instrument");
            await Task.Delay(200);
        }
    }
}
