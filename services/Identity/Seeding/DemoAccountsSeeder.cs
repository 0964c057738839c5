using System.Security.Cryptography;
using System.Text.Json;
using AlliancePlatform.Identity.Auth;
using AlliancePlatform.Identity.Features.Token;
using AlliancePlatform.Identity.Accounts;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AlliancePlatform.Identity.Seeding;

/// <summary>
/// On first start, one demo machine client (another government platform). Its generated secret is
/// printed once, here, and only its hash is kept; look for it in the identity resource's log.
/// </summary>
internal sealed class DemoAccountsSeeder(IServiceScopeFactory scopes, TokenServerOptions settings, ILogger<DemoAccountsSeeder> logger)
    : IHostedService
{
    public const string DemoClientId = "demo-subscriber";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
