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
        var resources = model.Resources
            .Where(r => r is not ParameterResource && !r.Name.StartsWith("aspire-", StringComparison.Ordinal))
            .Select(r => r.Name)
            .ToList();
        foreach (var name in resources)
        {
            logger.LogDebug("Waiting for {Resource} to be healthy", name);
            await notifications.WaitForResourceHealthyAsync(name, stoppingToken);
        }

        var elapsed = DateTime.UtcNow - started;
        var gateway = model.Resources.OfType<ProjectResource>().Single(r => r.Name == PlatformResources.GatewayName);
        var url = gateway.GetEndpoint("http").Url;
        logger.LogInformation("""
            The Alliance Platform is ready: {Count} resources healthy {Seconds:F1} s after start.
                  Gateway:        {Gateway}
                  API reference:  {Gateway}/api-reference
                  Dashboard:      the login URL above
            """, resources.Count, elapsed.TotalSeconds, url, url);
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
