using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace AlliancePlatform.EndToEnd.Tests.Filing;

/// <summary>Materials, deadlines and the working-day calendar, through the gateway with real tokens.</summary>
[Collection(PlatformCollection.Name)]
public class FilingRulesTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art12_Materials_AreCheckedFromTheirBytes_KeptWithTheirHash_AndReturnedAsUploaded()
    {
        var alliance = await Alliances.RegisterOkAsync(platform.Applicant);
        await Alliances.KnownToFilingAsync(platform.Applicant, alliance.Id);
        var applicant = new FilingClient(platform.Applicant);
        var id = await applicant.DraftWithMaterialsAsync(alliance.Id);

        var executable = "MZ"u8.ToArray().Concat(new byte[200]).ToArray();
        var refused = await applicant.UploadAsync(id, "other", "说明.pdf", executable, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("attachment.type_not_allowed", refused.GetProperty("code").GetString());
        var html = await applicant.UploadAsync(id, "other", "page.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("attachment.type_not_allowed", html.GetProperty("code").GetString());
        var badKind = await applicant.UploadAsync(id, "photo", "a.pdf", FilingClient.Pdf, HttpStatusCode.BadRequest);
        Assert.True(badKind.GetProperty("errors").TryGetProperty("kind", out _));

        var application = await applicant.GetAsync($"/api/filing/applications/{id}");
        var form = application.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "application_form");
        Assert.Equal("application/pdf", form.GetProperty("contentType").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(FilingClient.Pdf)), form.GetProperty("sha256").GetString());
        var download = $"/api/filing/applications/{id}/attachments/{form.GetProperty("id").GetGuid()}";
        Assert.Equal(FilingClient.Pdf, await platform.Applicant.GetByteArrayAsync(download));
        using (var foreign = await platform.OtherApplicant.GetAsync(download))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using var removed = await applicant.SendAsync(HttpMethod.Delete, download, null);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        using var gone = await platform.Applicant.GetAsync(download);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Art11_AStagePastItsDueDate_IsListedOverdueForTheAdminDivision()
    {
        var alliance = await EligibleAlliances.FormAsync(platform.Applicant);
        var applicant = new FilingClient(platform.Applicant);
        var id = await applicant.DraftWithMaterialsAsync(alliance.Id);
        var submitted = await applicant.SubmitAsync(id);
        var dueAt = submitted.GetProperty("openStage").GetProperty("dueAt").GetDateTimeOffset();

        await platform.AdvanceClockPastAsync(dueAt);

        var overdue = await new FilingClient(platform.Admin).GetAsync("/api/filing/applications?overdue=true&status=submitted&pageSize=100");
        var item = Assert.Single(overdue.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        Assert.True(item.GetProperty("overdue").GetBoolean());
        Assert.Equal("recommender", item.GetProperty("assigneeRole").GetString());
        Assert.Equal("recommendation", item.GetProperty("openStage").GetString());
    }

    [Fact]
    public async Task TheWorkingDayCalendar_IsEditedByTheAdminDivision_AndSaysWhenAYearHasNoSchedule()
    {
        var admin = new FilingClient(platform.Admin);
        var year2026 = await new FilingClient(platform.Applicant).GetAsync("/api/filing/calendar/2026");
        Assert.True(year2026.GetProperty("loaded").GetBoolean());
        Assert.Contains("2026-10-10", year2026.GetProperty("makeUpWorkingDays").EnumerateArray().Select(d => d.GetString()));

        // National Day week: 30 Sep, then 8, 9 Oct and the make-up Saturday 10 Oct, then 12 Oct.
        var window = await admin.GetAsync("/api/filing/calendar/window?opensOn=2026-09-30&workingDays=5");
        Assert.Equal("2026-10-12", window.GetProperty("lastDay").GetString());
        Assert.Equal(new DateTimeOffset(2026, 10, 12, 16, 0, 0, TimeSpan.Zero), window.GetProperty("closesAt").GetDateTimeOffset());

        // A window into a year with no schedule is counted Monday to Friday, and says so.
        var intoNextYear = await admin.GetAsync("/api/filing/calendar/window?opensOn=2099-12-28&workingDays=5");
        Assert.Equal([2099, 2100], intoNextYear.GetProperty("yearsWithoutSchedule").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Contains("Monday to Friday", intoNextYear.GetProperty("note").GetString());

        // The admin division loads a year; a make-up working day on a weekday is refused.
        var loaded = await admin.SendAsync(HttpMethod.Put, "/api/filing/calendar/2099",
            new { holidays = new[] { "2099-01-01" }, makeUpWorkingDays = new[] { "2099-01-03" }, source = "测试" });
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        var counted = await admin.GetAsync("/api/filing/calendar/working-days?from=2098-12-31&to=2099-01-05");
        Assert.Equal(3, counted.GetProperty("workingDays").GetInt32()); // 1 Jan off; Sat 3 Jan on; Fri 2, Mon 5 on
        using var refused = await admin.SendAsync(HttpMethod.Put, "/api/filing/calendar/2099",
            new { holidays = Array.Empty<string>(), makeUpWorkingDays = new[] { "2099-01-05" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("calendar.make_up_day_not_weekend", await refused.Content.ReadAsStringAsync());
        using var notAdmin = await new FilingClient(platform.Secretariat).SendAsync(HttpMethod.Put, "/api/filing/calendar/2099",
            new { holidays = Array.Empty<string>(), makeUpWorkingDays = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
    }
}
