namespace AlliancePlatform.EndToEnd.Tests.Filing;

/// <summary>Takes an eligible alliance through every stage of Art 11 without detours, to its public notice and, if asked, past it.</summary>
public static class FiledAlliances
{
    public sealed record Filed(EligibleAlliances.Formed Alliance, Guid ApplicationId, string DocumentNumber);

    /// <param name="NoticeId">The public notice, open now (Art 11-7).</param>
    public sealed record OnNotice(EligibleAlliances.Formed Alliance, Guid ApplicationId, Guid NoticeId, DateTimeOffset ClosesAt);

    public static async Task<Filed> FileAsync(PlatformFixture platform)
    {
        var onNotice = await PutOnNoticeAsync(platform);
        var at = $"/api/filing/applications/{onNotice.ApplicationId}";
        await platform.AdvanceClockPastAsync(onNotice.ClosesAt);
        var filed = await Eventually.ReturnsAsync(() => new FilingClient(platform.Applicant).GetAsync(at), a => FilingClient.Status(a) == "filed",
            TimeSpan.FromSeconds(30), "filing when the notice closes");
        return new Filed(onNotice.Alliance, onNotice.ApplicationId, filed.GetProperty("documentNumber").GetString()!);
    }

    /// <summary>Up to the department's approval: the alliance is on public notice and anyone may object.</summary>
    public static async Task<OnNotice> PutOnNoticeAsync(PlatformFixture platform)
    {
        var alliance = await EligibleAlliances.FormAsync(platform.Applicant);
        var applicant = new FilingClient(platform.Applicant);
        var id = await applicant.DraftWithMaterialsAsync(alliance.Id);
        var at = $"/api/filing/applications/{id}";
        await applicant.SubmitAsync(id);
        await new FilingClient(platform.Recommender).PostAsync($"{at}/recommendation", new { decision = "recommend" });
        await new FilingClient(platform.Secretariat).PostAsync($"{at}/formal-review", new { decision = "pass" });
        await new FilingClient(platform.BusinessDivision).PostAsync($"{at}/business-review", new { decision = "pass" });
        var admin = new FilingClient(platform.Admin);
        foreach (var expert in new[]
                 {
                     await Experts.OnRosterAsync(platform.Admin, "expert-demo", "science_technology_management", "12230000MB0000003W"),
                     await Experts.OnRosterAsync(platform.Admin, "expert-industry-demo", "industry", "91230100MA1D4E5F6G", "钱峰"),
                 })
        {
            await admin.PostAsync($"{at}/panel", new { expertId = expert });
        }
        await new FilingClient(platform.Expert).PostAsync($"{at}/expert-opinion", new { opinion = "supports", text = "同意。" });
        await new FilingClient(platform.IndustryExpert).PostAsync($"{at}/expert-opinion", new { opinion = "supports", text = "同意。" });
        await admin.PostAsync($"{at}/expert-consultation", new { consolidatedOpinion = "建议备案。" });
        var approved = await admin.PostAsync($"{at}/decision",
            new { meetingOn = DateOnly.FromDateTime(platform.ServiceNow.UtcDateTime), meetingReference = "厅会议纪要", approved = true });
        var notice = approved.GetProperty("notice");
        return new OnNotice(alliance, id, notice.GetProperty("id").GetGuid(), notice.GetProperty("closesAt").GetDateTimeOffset());
    }
}
