using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AlliancePlatform.Contracts.Membership;
using Npgsql;
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

    [Fact]
    public async Task Art25_TheOwnerEditsDeclinesAndWithdraws_TheRequesterCancels_AndTheDatabaseRefusesOverlappingApprovals()
    {
        var allianceId = Guid.NewGuid();
        var now = platform.ServiceNow;
        await platform.PublishAsync(
            Joined(allianceId, "仪器共享测试联盟", PlatformFixture.HarbinApplicantOrganization, "enterprise", now),
            Joined(allianceId, "仪器共享测试联盟", QiqiharOrganization, "enterprise", now));
        var instrumentId = await ListAsync();
        await SeesAsync(platform.OtherApplicant, allianceId, instrumentId);

        // Only the owner edits; a fellow member may look but gets the rule's answer.
        var edit = new { name = "场发射扫描电镜", model = "SU8020", location = "哈尔滨 测试中心 4 楼", bookingRules = "工作日 9:00-17:00。" };
        using (var byFellow = await SendAsync(platform.OtherApplicant, HttpMethod.Put, $"/api/support/instruments/{instrumentId}", edit))
        {
            Assert.Equal("support.wrong_unit", (await WalkingSkeletonTests.Problem(byFellow, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }
        using (var byOwner = await SendAsync(platform.Applicant, HttpMethod.Put, $"/api/support/instruments/{instrumentId}", edit))
        {
            Assert.True(byOwner.StatusCode == HttpStatusCode.OK, await byOwner.Content.ReadAsStringAsync());
            Assert.Equal("SU8020", (await byOwner.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("model").GetString());
        }

        var starts = now.AddDays(40);
        var slot = new { startsAt = starts, endsAt = starts.AddHours(2), purpose = "样品形貌表征" };
        var first = await RequestAsync(instrumentId, slot);
        var second = await RequestAsync(instrumentId, slot);
        var other = await RequestAsync(instrumentId, new { startsAt = starts.AddDays(1), endsAt = starts.AddDays(1).AddHours(2), purpose = "能谱分析" });

        // A decline says why, and only the owner declines.
        using (var noReason = await PostAsync(platform.Applicant, Booking(instrumentId, other, "decline"), new { reason = " " }))
        {
            Assert.Equal("support.reason_required", (await WalkingSkeletonTests.Problem(noReason, HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        }
        using (var byRequester = await PostAsync(platform.OtherApplicant, Booking(instrumentId, other, "decline"), new { reason = "不需要了" }))
        {
            Assert.Equal("support.wrong_unit", (await WalkingSkeletonTests.Problem(byRequester, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }
        Assert.Equal("Declined", await AnswerAsync(platform.Applicant, Booking(instrumentId, other, "decline"), new { reason = "该时段设备检修" }));
        Assert.Equal("Approved", await AnswerAsync(platform.Applicant, Booking(instrumentId, first, "approval"), new { note = "同意" }));

        // The owner sees what waits for it; the requester sees its own bookings in the instrument's calendar.
        var received = await platform.Applicant.GetFromJsonAsync<JsonElement>("/api/support/instruments/bookings?side=received&status=requested&pageSize=100");
        Assert.Contains(received.GetProperty("items").EnumerateArray(), b => b.GetProperty("id").GetGuid() == second);
        var calendar = await platform.OtherApplicant.GetFromJsonAsync<JsonElement>($"/api/support/instruments/{instrumentId}/bookings");
        var statuses = calendar.GetProperty("items").EnumerateArray().ToDictionary(b => b.GetProperty("id").GetGuid(), b => b.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<Guid, string?> { [first] = "Approved", [second] = "Requested", [other] = "Declined" }, statuses);

        // Whatever the application checks, the database itself refuses a second approved booking of an overlapping slot.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ForceApprovedAsync(second));
        Assert.Equal(PostgresErrorCodes.ExclusionViolation, refused.SqlState);

        // The requester cancels the approved booking: the slot is free again for the one still waiting.
        Assert.Equal("Cancelled", await AnswerAsync(platform.OtherApplicant, Booking(instrumentId, first, "cancellation"), new { }));
        Assert.Equal("Approved", await AnswerAsync(platform.Applicant, Booking(instrumentId, second, "approval"), new { note = "同意" }));

        // Withdrawing the instrument declines what still waits, with the owner's reason, and takes no new request.
        var waiting = await RequestAsync(instrumentId, new { startsAt = starts.AddDays(2), endsAt = starts.AddDays(2).AddHours(1), purpose = "复测" });
        using (var withdrawn = await PostAsync(platform.Applicant, $"/api/support/instruments/{instrumentId}/withdrawal", new { reason = "设备报废" }))
        {
            Assert.True(withdrawn.StatusCode == HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        }
        var mine = await platform.OtherApplicant.GetFromJsonAsync<JsonElement>("/api/support/instruments/bookings?side=sent&pageSize=100");
        var declined = mine.GetProperty("items").EnumerateArray().Single(b => b.GetProperty("id").GetGuid() == waiting);
        Assert.Equal("Declined", declined.GetProperty("status").GetString());
        Assert.Equal("设备报废", declined.GetProperty("note").GetString());
        using (var late = await PostAsync(platform.OtherApplicant, $"/api/support/instruments/{instrumentId}/bookings", slot))
        {
            Assert.Equal("support.instrument_withdrawn", (await WalkingSkeletonTests.Problem(late, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }

        // A unit that left the alliance no longer sees its former fellow's instrument.
        await platform.PublishAsync(new MemberUnitLeft(
            allianceId, "仪器共享测试联盟", new MemberUnitInfo(Guid.NewGuid(), $"单位 {QiqiharOrganization}", QiqiharOrganization, "enterprise", "230200"),
            DateOnly.FromDateTime(now.UtcDateTime), "退出", platform.ServiceNow));
        await Eventually.ReturnsAsync(
            async () =>
            {
                using var seen = await platform.OtherApplicant.GetAsync($"/api/support/instruments/{instrumentId}");
                return seen.StatusCode;
            },
            status => status == HttpStatusCode.NotFound, TimeSpan.FromSeconds(30), "the departed unit losing sight of the instrument");
    }

    private async Task<Guid> ListAsync()
    {
        using var listed = await PostAsync(platform.Applicant, "/api/support/instruments",
            new { name = $"场发射扫描电镜 {Guid.NewGuid():N}", model = "SU8010", location = "哈尔滨 测试中心 3 楼", bookingRules = "工作日 9:00-17:00，按机时收费。" });
        Assert.True(listed.StatusCode == HttpStatusCode.Created, await listed.Content.ReadAsStringAsync());
        return (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static string Booking(Guid instrumentId, Guid bookingId, string action) => $"/api/support/instruments/{instrumentId}/bookings/{bookingId}/{action}";

    private static async Task<string?> AnswerAsync(HttpClient client, string path, object body)
    {
        using var response = await PostAsync(client, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("status").GetString();
    }

    private async Task ForceApprovedAsync(Guid bookingId)
    {
        var server = new NpgsqlConnectionStringBuilder(await platform.ConnectionStringAsync("postgres")) { Database = "supportdb" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE instrument_bookings SET status = 'Approved' WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", bookingId);
        await update.ExecuteNonQueryAsync();
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
