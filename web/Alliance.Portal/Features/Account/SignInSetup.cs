using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AlliancePlatform.Portal.Features.Account;

/// <summary>
/// Sign-in at Identity with the authorization code flow and PKCE (the portal is a public client). The session's
/// ticket, tokens included, stays on the server (<see cref="ServerSessions"/>); the browser's cookie holds only its key.
/// </summary>
internal static class SignInSetup
{
    public const string ClientId = "portal";
    public const string CookieName = "alliance.portal";

    public static void AddPortalSignIn(this IServiceCollection services, PortalOptions options)
    {
        services.AddMemoryCache();
        services.AddSingleton<ServerSessions>();
        services.AddSingleton<UserTokens>();
        services.AddSingleton<CircuitServicesAccessor>();
        services.AddScoped<CircuitHandler, ServicesAccessorCircuitHandler>();
        services.AddHttpClient(UserTokens.HttpClientName);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ServerSessions>((cookie, sessions) => cookie.SessionStore = sessions);

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = AccountEndpoints.LoginPath;
                cookie.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<UserTokens>().ValidateSessionAsync(context);
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = options.Authority.ToString();
                // Identity publishes its discovery document under its own prefix on the gateway.
                oidc.MetadataAddress = new Uri(options.Authority, "api/identity/.well-known/openid-configuration").ToString();
                // TLS ends in front of the gateway; inside, the platform talks plain HTTP.
                oidc.RequireHttpsMetadata = false;
                oidc.ClientId = ClientId;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
                oidc.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "roles", "offline_access" })
                {
                    oidc.Scope.Add(scope);
                }
                oidc.TokenValidationParameters.NameClaimType = PortalClaims.Name;
                oidc.TokenValidationParameters.RoleClaimType = PortalClaims.Role;
                // Plain HTTP on the inside: correlation and nonce cookies must not demand Secure or SameSite=None.
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.Events.OnTokenValidated = context =>
                {
                    var identity = (System.Security.Claims.ClaimsIdentity)context.Principal!.Identity!;
                    identity.AddClaim(new(PortalClaims.Session, Guid.NewGuid().ToString("N")));
                    // The unit is only in the access token (Identity gives the identity token name and role alone).
                    if (context.TokenEndpointResponse?.AccessToken is { } accessToken
                        && new JsonWebToken(accessToken).TryGetPayloadValue<string>(PortalClaims.Organization, out var organization))
                    {
                        identity.AddClaim(new(PortalClaims.Organization, organization));
                    }
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
    }
}
