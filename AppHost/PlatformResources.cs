using Microsoft.Extensions.Configuration;
using System.Security.Cryptography;
using AlliancePlatform.AppHost.Infrastructure;
using AlliancePlatform.AppHost.Infrastructure.Local;

namespace AlliancePlatform.AppHost;

internal static class PlatformResources
{
    public const string GatewayName = "gateway";
    public const string IdentityName = "identity";
    public const string PortalName = "portal";

    /// <summary>A domain service with its own database and the broker; it starts once both are healthy.</summary>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder, string name, PlatformInfrastructure infrastructure)
        where TProject : IProjectMetadata, new()
    {
        var database = infrastructure.AddDatabase($"{name}db");
        return builder.AddProject<TProject>(name)
            .WithReference(database).WaitFor(database)
            .WithReference(infrastructure.Broker).WaitFor(infrastructure.Broker)
            .WithForwardedSettings(builder.Configuration, "Messaging")
            // Tokens are issued and checked on real time: a test that moves the services' clock does not move Identity's.
            .WithForwardedSettings(builder.Configuration, name == IdentityName ? "" : "Platform")
            .WithForwardedSettings(builder.Configuration, ServiceSection(name))
            .WithReplicas(builder.Configuration.GetValue($"{ServiceSection(name)}:Replicas", 1))
            .WithHttpHealthCheck("/health");
    }

    /// <summary>The configuration section of a service, e.g. <c>Filing</c>: settings given to the AppHost under it reach the service.</summary>
    private static string ServiceSection(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>The single public entry: it finds every service by service discovery.</summary>
    public static IResourceBuilder<ProjectResource> AddGateway(
        this IDistributedApplicationBuilder builder, IReadOnlyList<IResourceBuilder<ProjectResource>> services)
    {
        var gateway = builder.AddProject<Projects.Alliance_Gateway>(GatewayName)
            .WithExternalHttpEndpoints()
            .WithForwardedSettings(builder.Configuration, "Gateway")
            .WithHttpHealthCheck("/health");
        // Tokens name the platform's public address as their issuer; the token server and every validator agree on it.
        var issuer = IssuerOf(gateway);
        gateway.WithEnvironment("Auth__Issuer", issuer);
        var identity = services.Single(s => s.Resource.Name == IdentityName);
        foreach (var service in services)
        {
            gateway.WithReference(service);
            if (service == identity)
            {
                service.WithEnvironment("Identity__Issuer", issuer);
                continue;
            }
            // Each service reads the token server's keys itself, found through service discovery.
            service.WithReference(identity).WithEnvironment("Auth__Issuer", issuer);
        }
        return gateway;
    }

    /// <summary>The platform's public address, which tokens name as their issuer.</summary>
    private static ReferenceExpression IssuerOf(IResourceBuilder<ProjectResource> gateway) =>
        ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/");

    /// <summary>
    /// The web portal: it signs people in at Identity (code + PKCE, through the gateway's public address) and calls the
    /// APIs through the gateway, found by service discovery.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPortal(
        this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> gateway, IResourceBuilder<ProjectResource> identity)
    {
        var portal = builder.AddProject<Projects.Alliance_Portal>(PortalName)
            .WithExternalHttpEndpoints()
            .WithReference(gateway).WaitFor(gateway)
            .WithEnvironment("Portal__GatewayAddress", $"http://{GatewayName}")
            .WithEnvironment("Portal__Authority", IssuerOf(gateway))
            .WithHttpHealthCheck("/health");
        // Identity accepts codes for the portal wherever it listens (its launch profile's port, or a test run's own); the
        // binder appends this to the default address rather than replacing it.
        identity.WithEnvironment("Identity__PortalRedirectUris__0", ReferenceExpression.Create($"{portal.GetEndpoint("http")}/signin-oidc"));
        return portal;
    }

    /// <summary>
    /// The token server's signing key (RSA) and encryption key, generated into the data root's secrets on
    /// first start so tokens stay valid across restarts, and handed over as secret parameters.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTokenServerKeys(this IResourceBuilder<ProjectResource> identity, DataRoot dataRoot)
    {
        var builder = identity.ApplicationBuilder;
        var signing = builder.AddParameter("identity-signing-key", dataRoot.Secret("identity-signing-key.pem", () =>
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportRSAPrivateKeyPem();
        }), secret: true);
        var encryption = builder.AddParameter("identity-encryption-key",
            dataRoot.Secret("identity-encryption-key", () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), secret: true);
        return identity
            .WithEnvironment("Identity__SigningKey", signing)
            .WithEnvironment("Identity__EncryptionKey", encryption);
    }

    /// <summary>Hands a configuration section given to the AppHost (e.g. by tests) on to a service as environment variables.</summary>
    private static IResourceBuilder<ProjectResource> WithForwardedSettings(
        this IResourceBuilder<ProjectResource> resource, IConfiguration configuration, string section)
    {
        if (section.Length == 0)
        {
            return resource;
        }
        foreach (var (key, value) in configuration.GetSection(section).AsEnumerable())
        {
            if (value is not null)
            {
                resource.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
            }
        }
        return resource;
    }
}
