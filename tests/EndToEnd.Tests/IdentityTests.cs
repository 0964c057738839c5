using System.Net;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public class IdentityTests(PlatformFixture platform)
{
    private HttpClient Gateway => platform.Gateway;

    [Fact]
    public async Task AMachineClient_GetsASignedJwtAccessTokenSayingWhoItIs_ThroughTheGateway()
    {
        using var response = await RequestTokenAsync(PlatformFixture.DemoClientId, PlatformFixture.DemoClientSecret);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Bearer", answer.GetProperty("token_type").GetString());
        Assert.InRange(answer.GetProperty("expires_in").GetInt32(), 60, 1800);

        var token = answer.GetProperty("access_token").GetString()!;
        Assert.Equal(3, token.Split('.').Length);
        Assert.Equal("RS256", PortalSignIn.Segment(token, 0).GetProperty("alg").GetString());
        var claims = PortalSignIn.Payload(token);
        Assert.Equal(PlatformFixture.DemoClientId, claims.GetProperty("sub").GetString());
        Assert.Equal("subscriber", claims.GetProperty("role").GetString());
        Assert.StartsWith("http", claims.GetProperty("iss").GetString());
        Assert.True(claims.GetProperty("exp").GetInt64() > DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task AWrongClientSecret_GetsNoToken()
    {
        using var response = await RequestTokenAsync(PlatformFixture.DemoClientId, "not-the-secret");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("invalid_client", answer.GetProperty("error").GetString());
        Assert.False(answer.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task TheDiscoveryDocumentAndKeys_AreReachableThroughTheGateway()
    {
        var discovery = JsonDocument.Parse(await Gateway.GetStringAsync("/api/identity/.well-known/openid-configuration")).RootElement;

        Assert.EndsWith("/api/identity/connect/token", discovery.GetProperty("token_endpoint").GetString());
        var jwksUri = new Uri(discovery.GetProperty("jwks_uri").GetString()!);
        var keys = JsonDocument.Parse(await Gateway.GetStringAsync(jwksUri.PathAndQuery)).RootElement.GetProperty("keys");
        Assert.Contains(keys.EnumerateArray(), k => k.GetProperty("kty").GetString() == "RSA" && !k.TryGetProperty("d", out _));
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
    }

    private Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret) =>
        Gateway.PostAsync("/api/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
}
