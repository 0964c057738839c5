using System.Net;
using System.Security.Claims;
using AlliancePlatform.Portal.Features.Account;
using AlliancePlatform.Portal.Gateway;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AlliancePlatform.Portal.Tests;

/// <summary>The signed-in person's access token comes from the server-side session and is refreshed shortly before it expires.</summary>
public sealed class UserTokensTests : IDisposable
{
    private const string SessionKey = "session-1";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());
    private readonly ServerSessions _sessions;
    private readonly List<string> _tokenRequests = [];
    private HttpResponseMessage _tokenAnswer = FakeGateway.Json("""{"access_token":"access-2","refresh_token":"refresh-2","expires_in":1800}""");

    public UserTokensTests() => _sessions = new ServerSessions(_cache, _clock);

    private static ClaimsPrincipal SignedIn => new(new ClaimsIdentity([new Claim(PortalClaims.Session, SessionKey)], "test"));

    [Fact]
    public async Task ATokenNotDueYet_IsUsedAsItIs()
    {
        var tokens = await SignedInUntilAsync(_clock.GetUtcNow().AddMinutes(30));

        Assert.Equal("access-1", await tokens.AccessTokenAsync(SignedIn, CancellationToken.None));
        Assert.Empty(_tokenRequests);
    }

    [Fact]
    public async Task ATokenAboutToExpire_IsRefreshed_AndTheRolledRefreshTokenKept()
    {
        var tokens = await SignedInUntilAsync(_clock.GetUtcNow().AddMinutes(1));

        Assert.Equal("access-2", await tokens.AccessTokenAsync(SignedIn, CancellationToken.None));

        var request = Assert.Single(_tokenRequests);
        Assert.Contains("grant_type=refresh_token", request);
        Assert.Contains("refresh_token=refresh-1", request);
        Assert.Contains("client_id=portal", request);
        var kept = (await _sessions.RetrieveAsync(SessionKey))!.Properties;
        Assert.Equal("refresh-2", kept.GetTokenValue("refresh_token"));
        // Used again, the refreshed token is not due: no second refresh.
        Assert.Equal("access-2", await tokens.AccessTokenAsync(SignedIn, CancellationToken.None));
        Assert.Single(_tokenRequests);
    }

    [Fact]
    public async Task ARefusedRefresh_EndsTheSession()
    {
        _tokenAnswer = FakeGateway.Json("""{"error":"invalid_grant"}""", HttpStatusCode.BadRequest);
        var tokens = await SignedInUntilAsync(_clock.GetUtcNow().AddSeconds(30));

        Assert.Null(await tokens.AccessTokenAsync(SignedIn, CancellationToken.None));
        Assert.Null(await _sessions.RetrieveAsync(SessionKey));
    }

    [Fact]
    public async Task TheBearerHandler_SendsTheSignedInPersonsToken_AndNothingForAnonymous()
    {
        var tokens = await SignedInUntilAsync(_clock.GetUtcNow().AddMinutes(30));
        var gateway = new FakeGateway(request => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(request.Headers.Authorization?.ToString() ?? "none"),
        });
        var http = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = SignedIn } };
        using var client = new HttpClient(new BearerTokenHandler(new CircuitServicesAccessor(), http, tokens) { InnerHandler = gateway });

        Assert.Equal("Bearer access-1", await client.GetStringAsync(new Uri("http://gateway/api/membership/alliances")));

        http.HttpContext = new DefaultHttpContext();
        Assert.Equal("none", await client.GetStringAsync(new Uri("http://gateway/api/public/register")));
    }

    private async Task<UserTokens> SignedInUntilAsync(DateTimeOffset expiresAt)
    {
        var properties = new AuthenticationProperties { ExpiresUtc = _clock.GetUtcNow().AddHours(8) };
        properties.StoreTokens(
        [
            new AuthenticationToken { Name = "access_token", Value = "access-1" },
            new AuthenticationToken { Name = "refresh_token", Value = "refresh-1" },
            new AuthenticationToken { Name = "expires_at", Value = expiresAt.ToString("o", System.Globalization.CultureInfo.InvariantCulture) },
        ]);
        await _sessions.StoreAsync(new AuthenticationTicket(SignedIn, properties, "Cookies"));

        var oidc = new OpenIdConnectOptions
        {
            ClientId = SignInSetup.ClientId,
            ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(
                new OpenIdConnectConfiguration { TokenEndpoint = "http://gateway/api/identity/connect/token" }),
        };
        var tokenEndpoint = new FakeGateway(request =>
        {
            _tokenRequests.Add(request.Content!.ReadAsStringAsync().GetAwaiter().GetResult());
            return _tokenAnswer;
        });
        return new UserTokens(_sessions, new Fixed<OpenIdConnectOptions>(oidc), new Clients(tokenEndpoint), _clock,
            new PortalOptions(), NullLogger<UserTokens>.Instance);
    }

    public void Dispose() => _cache.Dispose();

    private sealed class Fixed<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }

    private sealed class Clients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
