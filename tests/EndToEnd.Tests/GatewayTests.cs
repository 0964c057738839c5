using System.Net;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public class GatewayTests(PlatformFixture platform)
{
    private HttpClient Gateway => platform.Gateway;

    [Fact]
    public async Task ARegisterSearch_IsAnsweredAgainFromTheGatewaysMemory_AndEachQueryHasItsOwnAnswer()
    {
        var search = $"/api/public/register?name={Guid.NewGuid():N}";

        using var first = await Gateway.GetAsync(search);
        using var again = await Gateway.GetAsync(search);
        using var otherPage = await Gateway.GetAsync($"{search}&page=2");

        Assert.All(new[] { first, again, otherPage }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Null(first.Headers.Age);
        Assert.NotNull(again.Headers.Age);
        Assert.Null(otherPage.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_IsAnsweredByTheGateway()
    {
        using var response = await Gateway.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public async Task EachServicesOpenApiDocument_IsReachableThroughTheGateway(string service)
    {
        using var response = await Gateway.GetAsync($"/openapi/{service}.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
    }

    public static TheoryData<string> ServiceNames => [.. PlatformFixture.Services];

    [Fact]
    public async Task TheApiReferencePage_ListsEveryService()
    {
        var page = await Gateway.GetStringAsync("/api-reference/");

        Assert.All(PlatformFixture.Services, service => Assert.Contains($"\"url\":\"openapi/{service}.json\"", page));
    }

    [Fact]
    public async Task EveryServiceIsHealthy_WithItsDatabaseAndBroker()
    {
        foreach (var service in PlatformFixture.Services)
        {
            using var direct = platform.DirectClient(service);
            var health = JsonDocument.Parse(await direct.GetStringAsync("/health")).RootElement;
            Assert.Equal("Healthy", health.GetProperty("status").GetString());
            var checks = health.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToList();
            Assert.Contains(checks, c => c.Contains("DbContext", StringComparison.Ordinal));
            Assert.Contains(checks, c => c.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task ABodyOverTheCap_IsRefusedWith413BeforeReachingAService()
    {
        using var content = new ByteArrayContent(new byte[1024 * 1024 + 1]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        // As uploaders do: announce the body and wait, so the refusal arrives before any of it is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/membership/alliances") { Content = content };
        request.Headers.ExpectContinue = true;

        using var response = await Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AClientOverItsRateLimit_Gets429WithRetryAfter_WhileOtherClientsAreServed()
    {
        // Waves of concurrent requests until the bucket runs dry: on a slow machine one wave may not be enough.
        // Each wave also carries a few calls by another signed-in person, whose own bucket is untouched.
        var limited = new List<HttpResponseMessage>();
        var answered = new List<HttpResponseMessage>();
        var others = new List<HttpResponseMessage>();
        try
        {
            for (var wave = 0; wave < 10 && limited.Count == 0; wave++)
            {
                var flood = Task.WhenAll(Enumerable.Range(0, 300).Select(_ => platform.Secretariat.GetAsync($"/api/filing/alliances/{Guid.NewGuid()}")));
                var other = Task.WhenAll(Enumerable.Range(0, 20).Select(_ => platform.OtherApplicant.GetAsync($"/api/filing/alliances/{Guid.NewGuid()}")));
                var responses = await flood;
                others.AddRange(await other);
                answered.AddRange(responses);
                limited.AddRange(responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests));
            }

            Assert.NotEmpty(limited);
            Assert.All(limited, r =>
            {
                Assert.NotNull(r.Headers.RetryAfter?.Delta);
                Assert.True(r.Headers.RetryAfter!.Delta >= TimeSpan.FromSeconds(1));
                Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            });
            Assert.Contains(answered, r => r.StatusCode == HttpStatusCode.NotFound);
            Assert.All(others, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        }
        finally
        {
            foreach (var response in answered.Concat(others))
            {
                response.Dispose();
            }
            await Task.Delay(TimeSpan.FromSeconds(2)); // let the bucket refill for the next test
        }
    }

    [Fact]
    public async Task AnUnknownRoute_Is401WithoutAToken_So404ToASignedInCaller()
    {
        using var anonymous = await Gateway.GetAsync("/api/nowhere/at-all");
        using var signedIn = await platform.Secretariat.GetAsync("/api/nowhere/at-all");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signedIn.StatusCode);
    }
}
