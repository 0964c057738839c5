using Microsoft.Extensions.DependencyInjection.Extensions;
using AlliancePlatform.ServiceDefaults.Time;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace AlliancePlatform.ServiceDefaults;

/// <summary>What every Alliance Platform process shares: telemetry, health, discovery, resilience, errors, JSON.</summary>
public static class ServiceDefaultsExtensions
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";
    private const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddPlatformTelemetry();

        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.TryAddPlatformClock(builder.Configuration[TestClockFile.Setting]);
        builder.AddPlatformHttp();
        return builder;
    }

    /// <summary>Error handling, request limits, health endpoints and the OpenAPI document; call first in the pipeline.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestTimeouts();
        if (app.Services.GetService<IAuthenticationSchemeProvider>() is not null)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }
        app.MapDefaultEndpoints();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    /// <summary><c>/health</c>: ready (every dependency answers); <c>/alive</c>: the process runs.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync })
            .DisableHttpMetrics()
            .AllowAnonymous()
            .WithRequestTimeout(TimeSpan.FromSeconds(10));
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) })
            .DisableHttpMetrics()
            .AllowAnonymous();
        return app;
    }

    private static void TryAddPlatformClock(this IServiceCollection services, string? testClockFile)
    {
        if (!string.IsNullOrEmpty(testClockFile))
        {
            // Replaces whatever clock the host registered: every time-dependent part must see the moved clock.
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new TestClockFile(testClockFile));
        }
        else if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
