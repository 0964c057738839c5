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

    /// <summary>
    /// A campaign over <paramref name="scope"/> alone (other tests' alliances on the platform must not refuse an assessment
    /// they never heard of) with <see cref="Plan"/>, whose self-assessment opened today for <paramref name="days"/> days:
    /// its path and indicator ids.
    /// </summary>
    public static async Task<(string At, IReadOnlyList<Guid> Indicators)> SelfAssessingCampaignAsync(PlatformFixture platform, int days, params Guid[] scope)
    {
        var created = await CreateCampaignAsync(platform, Today(platform), days);
        var at = $"/api/evaluation/campaigns/{created.GetProperty("id").GetGuid()}";
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Put, $"{at}/scope", new { allianceIds = scope });
        var planned = await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Put, $"{at}/plan", Plan());
        await ReportingHttp.SendOkAsync(platform.Admin, HttpMethod.Post, $"{at}/opening", null);
        await ReportingHttp.SendOkAsync(platform.Secretariat, HttpMethod.Post, $"{at}/self-assessment", null);
        return (at, [.. planned.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())]);
    }

    /// <summary>One indicator per dimension, each out of 10.</summary>
    public static object Plan(decimal organisation = 30m, decimal activities = 40m, decimal impact = 30m) => new
    {
        indicators = new object[]
        {
            new { code = "ORG-1", name = "组织机构健全", dimension = "organisation_building", weight = organisation, maxScore = 10m, scoringGuide = "理事会、秘书处健全。" },
            new { code = "ACT-1", name = "联合攻关项目", dimension = "activities", weight = activities, maxScore = 10m, scoringGuide = "联合攻关项目数量与经费。" },
            new { code = "IMP-1", name = "成果转化", dimension = "innovation_impact", weight = impact, maxScore = 10m, scoringGuide = "成果转化合同金额。" },
        },
    };

    /// <summary>Uploads a file of evidence to the self-assessment at <paramref name="selfAssessment"/>; the file as answered.</summary>
    public static async Task<JsonElement> UploadEvidenceOkAsync(HttpClient client, string selfAssessment, string fileName, byte[] content)
    {
        using var response = await ReportingHttp.UploadAsync(client, $"{selfAssessment}/evidence", fileName, content);
        return await ReportingHttp.ReadJsonAsync(response, HttpStatusCode.Created);
    }

    public static DateOnly Today(PlatformFixture platform) => DateOnly.FromDateTime(platform.ServiceNow.ToOffset(China).DateTime);

    private static async Task<Guid> CreateDraftAsync(PlatformFixture platform, Guid allianceId)
    {
        await KnownAsync(platform, allianceId);
        var campaign = await CreateCampaignAsync(platform, Today(platform).AddDays(30), 10);
        return campaign.GetProperty("id").GetGuid();
    }
}
