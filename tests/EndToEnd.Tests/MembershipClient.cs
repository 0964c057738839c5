using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Membership's API as the portal calls it through the gateway; every write carries an idempotency key.</summary>
public sealed class MembershipClient(HttpClient client)
{
    public static readonly object CompleteCharter = new
    {
        taskDivision = "理事长单位统筹协调，各成员单位按专题分工承担研发任务。",
        innovationGoals = "三年内突破高性能复合材料三项关键共性技术。",
        organisationForm = "会员大会、理事会、专家委员会和秘书处。",
        achievementSharing = "合作成果按投入比例共享，收益按约定分配。",
        intellectualProperty = "知识产权归属、许可使用和收益分配按专项协议执行。",
        breachLiability = "违约成员承担相应责任并赔偿损失。",
        fundManagement = "联盟经费专款专用，秘书处管理，理事会监督。",
    };

    /// <remarks>Harbin numbers (0451) are for units of the Harbin applicant; the authorization tests look for them where they must not be.</remarks>
    public async Task<JsonElement> RegisterUnitAsync(string creditCode, string name, string type, string region = "230100", string phone = "0451-86412345") =>
        await SendOkAsync(HttpMethod.Post, "/api/membership/units", new
        {
            creditCode,
            unit = new
            {
                name,
                type,
                registeredRegion = region,
                legalRepresentative = "王建国",
                contactPerson = "李明",
                contactPhone = phone,
                contactEmail = "liming@example.cn",
            },
        }, HttpStatusCode.Created);

    public Task<JsonElement> RegisterAllianceAsync(string name, string industryField = "new_materials") =>
        SendOkAsync(HttpMethod.Post, "/api/membership/alliances", new { name, industryField }, HttpStatusCode.Created);

    public Task<JsonElement> PostAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        SendOkAsync(HttpMethod.Post, path, body, expected);

    public Task<JsonElement> PutAsync(string path, object body) => SendOkAsync(HttpMethod.Put, path, body, HttpStatusCode.OK);

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await client.SendAsync(request);
    }

    private async Task<JsonElement> SendOkAsync(HttpMethod method, string path, object body, HttpStatusCode expected)
    {
        using var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
