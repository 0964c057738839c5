using System.Security.Cryptography;
using AlliancePlatform.Identity.Accounts;
using AlliancePlatform.Identity.Features.Login;
using AlliancePlatform.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AlliancePlatform.Identity.Auth;

internal static class TokenServerSetup
{
    public const string TokenPath = "/api/identity/connect/token";
    public const string AuthorizePath = "/api/identity/connect/authorize";
    public const string ConfigurationPath = "/api/identity/.well-known/openid-configuration";
    public const string KeySetPath = "/api/identity/.well-known/jwks";

    public static void AddTokenServer(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TokenServerOptions.Section).Get<TokenServerOptions>() ?? new TokenServerOptions();
        builder.Services.AddSingleton(settings);

        builder.Services.AddIdentityCore<PlatformUser>(options =>
            {
                // MLPS 2.0 level 3: strong passwords and lockout after repeated failures; both are settings.
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                builder.Configuration.GetSection("Identity:Password").Bind(options.Password);
                builder.Configuration.GetSection("Identity:Lockout").Bind(options.Lockout);
            })
            .AddRoles<IdentityRole>()
            .AddSignInManager()
            .AddEntityFrameworkStores<AccountsDbContext>();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginEndpoints.Path;
            cookie.Cookie.Name = "alliance.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = settings.SessionLifetime;
            cookie.SlidingExpiration = true;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath)
                    .SetAuthorizationEndpointUris(AuthorizePath)
                    .SetConfigurationEndpointUris(ConfigurationPath)
                    .SetJsonWebKeySetEndpointUris(KeySetPath);
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime);
                if (!string.IsNullOrWhiteSpace(settings.Issuer))
                {
                    server.SetIssuer(new Uri(settings.Issuer));
                }
                server.AddSigningKey(SigningKey(settings))
                    .AddEncryptionKey(EncryptionKey(settings))
                    .DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    // TLS ends in front of the gateway; inside, services talk plain HTTP on loopback.
                    .DisableTransportSecurityRequirement();
            })
            // Identity's own protected routes (its audit trail) accept the tokens it issues.
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });
    }

    private static RsaSecurityKey SigningKey(TokenServerOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            throw new InvalidOperationException("Identity:SigningKey is missing: the AppHost generates it on first start.");
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(settings.SigningKey);
        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexStringLower(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16] };
    }

    private static SymmetricSecurityKey EncryptionKey(TokenServerOptions settings) =>
        string.IsNullOrWhiteSpace(settings.EncryptionKey)
            ? throw new InvalidOperationException("Identity:EncryptionKey is missing: the AppHost generates it on first start.")
            : new SymmetricSecurityKey(Convert.FromBase64String(settings.EncryptionKey));
}
