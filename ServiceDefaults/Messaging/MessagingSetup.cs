using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AlliancePlatform.ServiceDefaults.Messaging;

public static class MessagingSetup
{
    public const string BrokerConnectionName = "rabbitmq";

    /// <summary>
    /// MassTransit over RabbitMQ (publisher confirms, durable quorum queues, retry then <c>_error</c>),
    /// with this service's transactional outbox and inbox kept in <typeparamref name="TContext"/>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging<TContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? addConsumers = null) where TContext : DbContext
    {
        var services = builder.Services;
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddScoped<IOutbox, Outbox<TContext>>();
        services.AddScoped<IInbox, EfInbox<TContext>>();
        services.AddSingleton<IOutboxStore, EfOutboxStore<TContext>>();
        services.AddSingleton<IOutboxPublisher, MassTransitOutboxPublisher>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxRelay>();

        var broker = BrokerAddress.Parse(builder.Configuration.GetConnectionString(BrokerConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{BrokerConnectionName}' is missing: the AppHost provides it."));
        var serviceName = builder.Environment.ApplicationName.Replace("Alliance.", "", StringComparison.Ordinal).ToLowerInvariant();

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix: serviceName, includeNamespace: false));
            bus.AddConfigureEndpointsCallback((_, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    host.PublisherConfirmation = true;
                });
                rabbit.UseMessageRetry(retry => retry.Exponential(10, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500)));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
