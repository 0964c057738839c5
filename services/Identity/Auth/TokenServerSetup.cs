using System.Security.Cryptography;
using AlliancePlatform.Identity.Accounts;
using AlliancePlatform.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

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
                builder.Configuration.GetSection("Identity:Password").Bind(options.Password);
                builder.Configuration.GetSection("Identity:Lockout").Bind(options.Lockout);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath)
                    .SetAuthorizationEndpointUris(AuthorizePath)
                    .SetConfigurationEndpointUris(ConfigurationPath)
                    .SetJsonWebKeySetEndpointUris(KeySetPath);
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
