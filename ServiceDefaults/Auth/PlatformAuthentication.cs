using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.ServiceDefaults.Auth;

/// <summary>Settings of token validation (configuration section <c>Auth</c>); the AppHost sets the issuer.</summary>
public sealed class PlatformAuthOptions
{
    public const string Section = "Auth";

    /// <summary>The issuer every access token must carry: the platform's public address.</summary>
    public string Issuer { get; set; } = "";
    /// <summary>Where the token server's discovery document is, found through service discovery.</summary>
    public string MetadataAddress { get; set; } = "http://identity/api/identity/.well-known/openid-configuration";
}

/// <summary>
/// Every service and the gateway validate access tokens themselves (defence in depth): signature by the
/// token server's published keys, issuer, lifetime. Endpoints need a signed-in caller unless marked anonymous.
/// </summary>
public static class PlatformAuthentication
{
    public const string RoleClaim = "role";
    public const string SubjectClaim = "sub";
    public const string OrganizationClaim = "org";
    public const string ClientIdClaim = "client_id";

    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(PlatformAuthOptions.Section).Get<PlatformAuthOptions>() ?? new PlatformAuthOptions();
        builder.Services.AddHttpClient(nameof(PlatformAuthentication));
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) =>
            {
                options.MetadataAddress = settings.MetadataAddress;
                // The discovery document is read inside the platform, over plain HTTP on loopback, resolved by service discovery.
                options.RequireHttpsMetadata = false;
                options.Backchannel = clients.CreateClient(nameof(PlatformAuthentication));
                options.MapInboundClaims = false;
                // Fail closed: without a configured issuer, the one the token server's discovery document names is required.
                options.TokenValidationParameters.ValidateIssuer = true;
                if (settings.Issuer.Length > 0)
                {
                    options.TokenValidationParameters.ValidIssuer = settings.Issuer;
                }
                options.TokenValidationParameters.ValidateAudience = false;
                options.TokenValidationParameters.NameClaimType = SubjectClaim;
                options.TokenValidationParameters.RoleClaimType = RoleClaim;
            });
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    public static string? Organization(this ClaimsPrincipal user) => user.FindFirst(OrganizationClaim)?.Value;
    public static string? Subject(this ClaimsPrincipal user) => user.FindFirst(SubjectClaim)?.Value;
    /// <summary>The person's account name (<c>preferred_username</c>), by which officials name experts and staff.</summary>
    public static string? AccountName(this ClaimsPrincipal user) => user.FindFirst("preferred_username")?.Value;
    /// <summary>A recommender's GB/T 2260 region (<c>region</c>) or Art 5-2 industry field (<c>industry</c>).</summary>
    public static string? Region(this ClaimsPrincipal user) => user.FindFirst("region")?.Value;
    public static string? Industry(this ClaimsPrincipal user) => user.FindFirst("industry")?.Value;

    /// <summary>Who is calling: the token's subject (a person, or a machine client), else its client id; null when signed out.</summary>
    public static string? Caller(this ClaimsPrincipal user) => user.Subject() ?? user.FindFirst(ClientIdClaim)?.Value;
}
