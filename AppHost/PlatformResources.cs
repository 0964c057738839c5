using Microsoft.Extensions.Configuration;
using AlliancePlatform.AppHost.Infrastructure;

namespace AlliancePlatform.AppHost;

internal static class PlatformResources
{
    public const string GatewayName = "gateway";

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
            .WithHttpHealthCheck("/health");
    }

    /// <summary>The single public entry: it finds every service by service discovery.</summary>
    public static IResourceBuilder<ProjectResource> AddGateway(
        this IDistributedApplicationBuilder builder, IEnumerable<IResourceBuilder<ProjectResource>> services)
    {
        var gateway = builder.AddProject<Projects.Alliance_Gateway>(GatewayName)
            .WithExternalHttpEndpoints()
            .WithForwardedSettings(builder.Configuration, "Gateway")
            .WithHttpHealthCheck("/health");
        foreach (var service in services)
        {
            gateway.WithReference(service);
        }
        return gateway;
    }

    /// <summary>Hands a configuration section given to the AppHost (e.g. by tests) on to a service as environment variables.</summary>
    private static IResourceBuilder<ProjectResource> WithForwardedSettings(
        this IResourceBuilder<ProjectResource> resource, IConfiguration configuration, string section)
    {
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
