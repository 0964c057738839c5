using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AlliancePlatform.ServiceDefaults.Persistence;

public static class ServiceDatabaseSetup
{
    /// <summary>
    /// The service's own PostgreSQL database: pooled DbContext with snake_case names, Aspire health
    /// check and tracing, the outbox commit signal, the audit trail, and migrations applied before the service starts.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is missing: the AppHost provides it.");

        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxCommitInterceptor>();
        builder.Services.AddDbContextPool<TContext>((services, options) => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(services.GetRequiredService<OutboxCommitInterceptor>()));
        // Transactions are ours (outbox, inbox): EF's retrying strategy would refuse them, so retries live in MassTransit and the client.
        builder.EnrichNpgsqlDbContext<TContext>(settings => settings.DisableRetry = true);

        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddScoped<IAuditTrail, AuditTrail<TContext>>();
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
