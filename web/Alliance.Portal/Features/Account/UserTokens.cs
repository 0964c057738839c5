using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Portal.Features.Account;

/// <summary>
/// The signed-in person's access token, refreshed with the refresh token shortly before it expires. The refreshed
/// tokens go back into the server-side session, so the browser's request and the live circuit see the same ones.
/// </summary>
internal sealed partial class UserTokens(
    ServerSessions sessions, IOptionsMonitor<OpenIdConnectOptions> oidc, IHttpClientFactory clients,
    TimeProvider clock, PortalOptions options, ILogger<UserTokens> logger)
{
    public const string HttpClientName = "token-refresh";

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshing = new();

    /// <returns>The access token, or null when the person is not signed in or the session can no longer be refreshed.</returns>
    public async Task<string?> AccessTokenAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var properties = await CurrentPropertiesAsync(user, cancellationToken);
        return properties?.GetTokenValue("access_token");
    }

    /// <summary>Cookie check on every request: a session whose tokens can no longer be refreshed ends.</summary>
    public async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var properties = context.Principal is null ? null : await CurrentPropertiesAsync(context.Principal, context.HttpContext.RequestAborted);
        if (properties is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        // The cookie handler may write its own copy of the ticket back when it slides the expiry: give it the fresh tokens.
        context.Properties.StoreTokens(properties.GetTokens());
    }

    private async Task<AuthenticationProperties?> CurrentPropertiesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.FindFirst(PortalClaims.Session)?.Value is not { } key)
        {
            return null;
        }
        var ticket = await sessions.RetrieveAsync(key);
        if (ticket is null)
        {
            return null;
        }
        if (!NeedsRefresh(ticket.Properties))
        {
            return ticket.Properties;
        }
        var gate = _refreshing.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have refreshed while this one waited.
            ticket = await sessions.RetrieveAsync(key);
            if (ticket is null || !NeedsRefresh(ticket.Properties))
            {
                return ticket?.Properties;
            }
            if (!await RefreshAsync(ticket.Properties, cancellationToken))
            {
                await sessions.RemoveAsync(key);
                return null;
            }
            await sessions.RenewAsync(key, ticket);
            return ticket.Properties;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool NeedsRefresh(AuthenticationProperties properties) =>
        properties.GetTokenValue("expires_at") is not { } expiresAt
        || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)
        || expires - clock.GetUtcNow() <= options.RefreshBefore;

    private async Task<bool> RefreshAsync(AuthenticationProperties properties, CancellationToken cancellationToken)
    {
        if (properties.GetTokenValue("refresh_token") is not { } refreshToken)
        {
            return false;
        }
        var settings = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await settings.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var response = await clients.CreateClient(HttpClientName).PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = settings.ClientId!,
                ["refresh_token"] = refreshToken,
            }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogRefreshRefused(logger, (int)response.StatusCode);
            return false;
        }
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = answer.RootElement;
        var expiresIn = root.TryGetProperty("expires_in", out var seconds) ? seconds.GetInt32() : 300;
        properties.UpdateTokenValue("access_token", root.GetProperty("access_token").GetString()!);
        if (root.TryGetProperty("refresh_token", out var rolled))
        {
            properties.UpdateTokenValue("refresh_token", rolled.GetString()!);
        }
        properties.UpdateTokenValue("expires_at",
            (clock.GetUtcNow() + TimeSpan.FromSeconds(expiresIn)).ToString("o", CultureInfo.InvariantCulture));
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Token refresh refused ({Status}): the session ends")]
    private static partial void LogRefreshRefused(ILogger logger, int status);
}
