using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using AlliancePlatform.EndToEnd.Tests.Reporting;

namespace AlliancePlatform.EndToEnd.Tests.Evaluation;

/// <summary>Calls to Evaluation through the gateway, and the waits its projections need.</summary>
internal static class EvaluationHttp
{
    private static readonly ConcurrentDictionary<PlatformFixture, Lazy<Task<Guid>>> SharedDrafts = new();

    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Waits until Evaluation has taken the filed alliances as candidates for new campaigns (from Filing's events).</summary>
    public static Task KnownAsync(PlatformFixture platform, params Guid[] allianceIds) =>
        Eventually.ReturnsAsync(
            () => platform.ScalarAsync<long>("evaluationdb",
                "SELECT count(*) FROM filed_alliances WHERE alliance_id = ANY(@ids) AND filed_on IS NOT NULL AND cardinality(acting_unit_codes) > 0",
                ("ids", allianceIds)),
            count => count == allianceIds.Length, TimeSpan.FromSeconds(30), "Evaluation learning of the filings");

    /// <summary>A campaign that stays a draft (so no timer touches it), with <paramref name="allianceId"/> in scope; one per platform.</summary>
    public static Task<Guid> SharedDraftCampaignAsync(PlatformFixture platform, Guid allianceId) =>
        SharedDrafts.GetOrAdd(platform, p => new Lazy<Task<Guid>>(() => CreateDraftAsync(p, allianceId))).Value;

    public static async Task<JsonElement> CreateCampaignAsync(PlatformFixture platform, DateOnly selfAssessmentOpensOn, int selfAssessmentDays)
    {
        var closesOn = selfAssessmentOpensOn.AddDays(selfAssessmentDays);
        return await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, "/api/evaluation/campaigns", new
        {
            year = selfAssessmentOpensOn.Year,
            title = $"{selfAssessmentOpensOn.Year}年度产业技术创新联盟活跃度评价",
            windows = new
            {
                selfAssessmentOpensOn, selfAssessmentClosesOn = closesOn, expertReviewOpensOn = closesOn.AddDays(2), expertReviewClosesOn = closesOn.AddDays(10),
            },
        }, HttpStatusCode.Created);
    }

    public static DateOnly Today(PlatformFixture platform) => DateOnly.FromDateTime(platform.ServiceNow.ToOffset(China).DateTime);

    private static async Task<Guid> CreateDraftAsync(PlatformFixture platform, Guid allianceId)
    {
        await KnownAsync(platform, allianceId);
        var campaign = await CreateCampaignAsync(platform, Today(platform).AddDays(30), 10);
        return campaign.GetProperty("id").GetGuid();
    }
}
