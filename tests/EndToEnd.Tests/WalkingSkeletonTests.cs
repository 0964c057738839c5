using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public class WalkingSkeletonTests(PlatformFixture platform)
{
    private HttpClient Gateway => platform.Applicant;

    [Fact]
    public async Task ARegisteredAlliance_ReachesFilingsProjection_ThroughTheGateway()
    {
        var name = Alliances.UniqueName("冰雪经济");
        using var response = await Alliances.RegisterAsync(Gateway, name, "ice_snow_economy");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = (await response.Content.ReadFromJsonAsync<Alliances.Registered>(Alliances.Json))!;
        Assert.Equal($"/api/membership/alliances/{registered.Id}", response.Headers.Location?.ToString());

        var known = await Alliances.KnownToFilingAsync(Gateway, registered.Id);

        Assert.Equal(name, known.Name);
        Assert.Equal("ice_snow_economy", known.IndustryField);
        Assert.Equal(registered.RegisteredAt, known.RegisteredAt);
        using var membershipCopy = await Gateway.GetAsync($"/api/membership/alliances/{registered.Id}");
        Assert.Equal(HttpStatusCode.OK, membershipCopy.StatusCode);
    }

    [Fact]
    public async Task OneTrace_FollowsTheWriteFromTheGatewayThroughTheOutboxAndBrokerIntoFiling()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/membership/alliances")
        {
            Content = JsonContent.Create(new { name = Alliances.UniqueName(), industryField = "aerospace" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{traceId[..16]}-01");

        using var response = await Gateway.SendAsync(request);
        var registered = (await response.Content.ReadFromJsonAsync<Alliances.Registered>(Alliances.Json))!;
        await Alliances.KnownToFilingAsync(Gateway, registered.Id);

        var written = await platform.ScalarAsync<string>("membershipdb",
            "SELECT trace_parent FROM outbox_messages WHERE aggregate_id = @id", ("id", registered.Id.ToString()));
        Assert.Contains(traceId, written);
        var appliedInThatTrace = await platform.ScalarAsync<long>("filingdb",
            "SELECT count(*) FROM inbox_messages WHERE consumer = 'filing.alliance-registered' AND trace_id = @trace", ("trace", traceId));
        Assert.Equal(1L, appliedInThatTrace);
    }

    [Fact]
    public async Task ARetriedWrite_WithTheSameIdempotencyKey_IsAppliedOnceAndAnsweredAlike()
    {
        var name = Alliances.UniqueName();
        var key = Guid.NewGuid().ToString();

        using var first = await Alliances.RegisterAsync(Gateway, name, idempotencyKey: key);
        using var retry = await Alliances.RegisterAsync(Gateway, name, idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        var original = await first.Content.ReadFromJsonAsync<Alliances.Registered>(Alliances.Json);
        Assert.Equal(original, await retry.Content.ReadFromJsonAsync<Alliances.Registered>(Alliances.Json));
        Assert.Equal(1L, await platform.ScalarAsync<long>("membershipdb", "SELECT count(*) FROM alliances WHERE name = @n", ("n", name)));
        Assert.Equal(1L, await platform.ScalarAsync<long>("membershipdb", "SELECT count(*) FROM outbox_messages WHERE aggregate_id = @id", ("id", original!.Id.ToString())));
    }

    [Fact]
    public async Task ARetriedWrite_ThatFoundNothing_IsNotFoundAgain_NotReplayedAsASuccess()
    {
        // A handler answering Results<Created<T>, NotFound>: the union carries no status of its own, the filter must look inside.
        var key = Guid.NewGuid().ToString();
        var path = $"/api/support/instruments/{Guid.NewGuid()}/bookings";
        var slot = new { startsAt = DateTimeOffset.UtcNow.AddDays(30), endsAt = DateTimeOffset.UtcNow.AddDays(30).AddHours(1), purpose = "检测" };

        foreach (var attempt in new[] { "first", "retry" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(slot) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await Gateway.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{attempt}: {(int)response.StatusCode}");
            Assert.False(response.Headers.Contains("Idempotent-Replayed"), attempt);
        }
    }

    [Fact]
    public async Task ConcurrentRetries_WithOneIdempotencyKey_CreateOneAlliance()
    {
        var name = Alliances.UniqueName();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Alliances.RegisterAsync(Gateway, name, idempotencyKey: key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1L, await platform.ScalarAsync<long>("membershipdb", "SELECT count(*) FROM alliances WHERE name = @n", ("n", name)));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task AFieldOutsideArt5_2_IsRefusedWithTheRuleAndArticle()
    {
        using var response = await Alliances.RegisterAsync(Gateway, Alliances.UniqueName(), "tourism");

        var problem = await Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("alliance.unknown_industry_field", problem.GetProperty("code").GetString());
        Assert.Equal("Art 5-2", problem.GetProperty("article").GetString());
    }

    [Fact]
    public async Task ASecondAllianceWithTheSameName_IsAConflict()
    {
        var name = Alliances.UniqueName();
        await Alliances.RegisterOkAsync(Gateway, name);

        using var response = await Alliances.RegisterAsync(Gateway, name);

        var problem = await Problem(response, HttpStatusCode.Conflict);
        Assert.Equal("alliance.name_taken", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task MalformedJson_IsA400ProblemThatSaysSo()
    {
        using var content = new StringContent("{\"name\": 1", System.Text.Encoding.UTF8, "application/json");
        using var response = await Gateway.PostAsync("/api/membership/alliances", content);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MissingFields_AreEachNamedInOneValidationProblem()
    {
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var response = await Gateway.PostAsync("/api/membership/alliances", content);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Name", out _) || errors.TryGetProperty("name", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("IndustryField", out _) || errors.TryGetProperty("industryField", out _), errors.ToString());
    }

    [Fact]
    public async Task TheWrongContentType_IsA4xxProblem()
    {
        using var content = new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain");
        using var response = await Gateway.PostAsync("/api/membership/alliances", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnAllianceNobodyRegistered_IsNotFound()
    {
        using var response = await Gateway.GetAsync($"/api/filing/alliances/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    internal static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body);
        return JsonDocument.Parse(body).RootElement;
    }
}
