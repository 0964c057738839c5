using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace AlliancePlatform.AppHost.Infrastructure.Local;

internal static class LocalRabbitMqBuilderExtensions
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, LocalInfrastructureSettings settings)
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                "RabbitMQ is not installed: run 'apt-get install rabbitmq-server' (the README's commands do it for you), or start with Infra:Mode=containers.");
        }
        var root = settings.DataRoot;
        var home = root.Folder("rabbitmq");
        var password = root.Secret("rabbitmq-password");
        var configFile = Path.Combine(home, "rabbitmq.conf");
        var pluginsFile = Path.Combine(home, "enabled_plugins");
        // default_user/default_pass take effect when the node first creates its database, which keeps them with the data.
        File.WriteAllText(configFile, $"""
            default_user = {LocalRabbitMqResource.UserName}
            default_pass = {password}
            loopback_users = none
            disk_free_limit.absolute = 50MB
            """);
        File.WriteAllText(pluginsFile, "[].");

        var broker = new LocalRabbitMqResource(name, ServerScript, home)
        {
            Password = builder.AddParameter($"{name}-password", password, secret: true).Resource,
            Port = settings.RabbitMqPort,
        };
        var healthCheck = $"{name}-accepts-connections";
        var uri = new Uri($"amqp://{LocalRabbitMqResource.UserName}:{password}@127.0.0.1:{broker.Port}");
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => CanConnectAsync(uri, ct));

        return builder.AddResource(broker)
            .WithEnvironment("HOME", root.Folder("rabbitmq/home"))
            .WithEnvironment("RABBITMQ_NODENAME", $"alliance-{root.ShortId}@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", broker.Port.ToString(CultureInfo.InvariantCulture))
            // The default distribution port is the AMQP port + 20000, which overflows for high ports.
            .WithEnvironment("RABBITMQ_DIST_PORT", settings.RabbitMqDistributionPort.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", root.Folder("rabbitmq/mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", root.Folder("rabbitmq/log"))
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", pluginsFile)
            .WithEnvironment("RABBITMQ_CONFIG_FILE", configFile)
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", "/dev/null")
            .WithEndpoint(port: broker.Port, targetPort: broker.Port, scheme: "amqp", name: "amqp", isProxied: false)
            .WithHealthCheck(healthCheck)
            // On a restart the previous Erlang node may still be shutting down; a new one started meanwhile gives up at once.
            .OnBeforeResourceStarted((_, _, ct) => UntilPortsAreFreeAsync([broker.Port, settings.RabbitMqDistributionPort], ct));
    }

    private static async Task UntilPortsAreFreeAsync(int[] ports, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && ports.Any(IsListening))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var probe = new System.Net.Sockets.TcpClient();
            probe.Connect(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static async Task<HealthCheckResult> CanConnectAsync(Uri uri, CancellationToken ct)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = uri, RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
            await using var connection = await factory.CreateConnectionAsync(ct);
            return connection.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The connection closed at once.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
