using System.Net.Http.Headers;
using System.Security.Claims;
using AlliancePlatform.Portal.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;

namespace AlliancePlatform.Portal.Gateway;

/// <summary>Calls the gateway as the signed-in person: their access token (refreshed when due) as the bearer.</summary>
internal sealed class BearerTokenHandler(CircuitServicesAccessor circuit, IHttpContextAccessor http, UserTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (await CurrentUserAsync() is { Identity.IsAuthenticated: true } user
            && await tokens.AccessTokenAsync(user, cancellationToken) is { } accessToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>In a live circuit the person is the circuit's; otherwise (an HTTP request) the request's.</summary>
    private async Task<ClaimsPrincipal?> CurrentUserAsync()
    {
        if (circuit.Services?.GetService<AuthenticationStateProvider>() is { } state)
        {
            return (await state.GetAuthenticationStateAsync()).User;
        }
        return http.HttpContext?.User;
    }
}
