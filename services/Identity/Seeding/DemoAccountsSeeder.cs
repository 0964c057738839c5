using System.Security.Cryptography;
using System.Text.Json;
using AlliancePlatform.Identity.Auth;
using AlliancePlatform.Identity.Features.Token;
using AlliancePlatform.Identity.Accounts;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AlliancePlatform.Identity.Seeding;

/// <summary>
/// On first start: the portal's client registration, one demo person per role and one demo machine
/// client (another government platform). Generated passwords and the client secret are printed once,
/// here, and only their hashes are kept; look for them in the identity resource's log.
/// </summary>
internal sealed class DemoAccountsSeeder(IServiceScopeFactory scopes, TokenServerOptions settings, ILogger<DemoAccountsSeeder> logger)
    : IHostedService
{
    public const string DemoClientId = "demo-subscriber";
    public const string PortalClientId = "portal";

    /// <summary>Demo units: chair units in Harbin (230100) and Qiqihar (230200), a city S&amp;T bureau, the provincial bodies.</summary>
    private static readonly (string UserName, string Role, string Organization, string? Region, string? Industry)[] DemoPeople =
    [
        ("applicant-demo", PlatformRoles.Applicant, "91230100MA1B2C3D49", null, null),
        ("applicant-qiqihar-demo", PlatformRoles.Applicant, "91230200MA1F6G7H8U", null, null),
        ("recommender-demo", PlatformRoles.Recommender, "11230100MB0000000X", "230100", null),
        ("secretariat-demo", PlatformRoles.Secretariat, "12230000MB0000001Y", null, null),
        ("business-division-demo", PlatformRoles.BusinessDivision, "11230000MB0000002Z", null, null),
        ("admin-division-demo", PlatformRoles.AdminDivision, "11230000MB0000002Z", null, null),
        ("expert-demo", PlatformRoles.Expert, "12230000MB0000003W", null, null),
        ("expert-industry-demo", PlatformRoles.Expert, "91230100MA1D4E5F6G", null, null),
        ("ops-demo", PlatformRoles.Ops, "12230000MB0000001Y", null, null),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await SeedPortalAsync(applications, cancellationToken);
        await SeedPeopleAsync(scope.ServiceProvider);
        if (await applications.FindByClientIdAsync(DemoClientId, cancellationToken) is not null)
        {
            return;
        }

        var secret = string.IsNullOrWhiteSpace(settings.DemoClientSecret)
            ? RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 32)
            : settings.DemoClientSecret;
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = DemoClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "示例政务平台 / Demo government platform",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        client.Properties[ClientProperties.Role] = JsonSerializer.SerializeToElement(PlatformRoles.Subscriber);
        await applications.CreateAsync(client, cancellationToken);

        if (string.IsNullOrWhiteSpace(settings.DemoClientSecret))
        {
            logger.LogWarning(
                "Demo machine client created: client_id={ClientId} client_secret={ClientSecret} — shown this once; only its hash is kept",
                DemoClientId, secret);
        }
    }

    /// <summary>The portal is a public client: no secret, and only the code flow with PKCE.</summary>
    private async Task SeedPortalAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(PortalClientId, cancellationToken) is not null)
        {
            return;
        }
        var portal = new OpenIddictApplicationDescriptor
        {
            ClientId = PortalClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "联盟平台门户 / Alliance Platform portal",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in settings.PortalRedirectUris)
        {
            portal.RedirectUris.Add(new Uri(uri));
        }
        await applications.CreateAsync(portal, cancellationToken);
    }

    private async Task SeedPeopleAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var (userName, role, organization, region, industry) in DemoPeople)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }
            var password = string.IsNullOrWhiteSpace(settings.DemoUserPassword)
                ? RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 16) + "-Aa9"
                : settings.DemoUserPassword;
            var user = new PlatformUser { UserName = userName, DisplayName = $"演示用户 ({role})", Organization = organization, Region = region, Industry = industry };
            Require(await users.CreateAsync(user, password), userName);
            Require(await users.AddToRoleAsync(user, role), userName);
            if (string.IsNullOrWhiteSpace(settings.DemoUserPassword))
            {
                logger.LogWarning("Demo person created: user={UserName} role={Role} password={Password} — shown this once; only its hash is kept",
                    userName, role, password);
            }
        }
    }

    private static void Require(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {userName} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
