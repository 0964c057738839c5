using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlliancePlatform.AppHost;

/// <summary>Tells the person who started the platform when every resource is healthy, how long it took, and where to go.</summary>
internal sealed class PlatformReadyReport(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ILogger<PlatformReadyReport> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        // What the dashboard shows: servers, databases, services and the gateway (not parameters, not hidden helpers).
        var resources = model.Resources
            .Where(r => r is ProjectResource or IResourceWithConnectionString && r is not ParameterResource)
            .Select(r => r.Name)
            .Where(name => !(notifications.TryGetCurrentState(name, out var state) && state.Snapshot.IsHidden))
            .ToList();
        foreach (var name in resources)
        {
            await notifications.WaitForResourceHealthyAsync(name, stoppingToken);
        }

        var elapsed = DateTime.UtcNow - started;
        var gateway = model.Resources.OfType<ProjectResource>().Single(r => r.Name == PlatformResources.GatewayName);
        var url = gateway.GetEndpoint("http").Url;
        var portal = model.Resources.OfType<ProjectResource>().Single(r => r.Name == PlatformResources.PortalName).GetEndpoint("http").Url;
        logger.LogInformation("""
            The Alliance Platform is ready: {Count} resources healthy {Seconds:F1} s after start.
                  Portal:         {Portal}
                  Gateway:        {Gateway}
                  API reference:  {Gateway}/api-reference
                  Dashboard:      the login URL above
            """, resources.Count, elapsed.TotalSeconds, portal, url, url);
    }
}

internal static class PlatformReadyReportExtensions
{
    public static IDistributedApplicationBuilder AddReadyReport(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddHostedService<PlatformReadyReport>();
        return builder;
    }
}
