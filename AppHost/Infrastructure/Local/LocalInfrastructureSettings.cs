using Microsoft.Extensions.Configuration;
using System.Net;
using System.Net.Sockets;

namespace AlliancePlatform.AppHost.Infrastructure.Local;

/// <summary>
/// Where local-mode servers keep their data and which loopback ports they use
/// (<c>Infra:DataRoot</c>, <c>Infra:Postgres:Port</c>, <c>Infra:RabbitMq:Port</c>, <c>Infra:RabbitMq:DistributionPort</c>; a port of 0 picks a free one).
/// </summary>
internal sealed record LocalInfrastructureSettings(DataRoot DataRoot, int PostgresPort, int RabbitMqPort, int RabbitMqDistributionPort)
{
    public static LocalInfrastructureSettings From(IConfiguration configuration, DataRoot dataRoot) => new(
        dataRoot,
        PortOrFree(configuration["Infra:Postgres:Port"]),
        PortOrFree(configuration["Infra:RabbitMq:Port"]),
        PortOrFree(configuration["Infra:RabbitMq:DistributionPort"]));

    private static int PortOrFree(string? configured) =>
        int.TryParse(configured, out var port) && port > 0 ? port : FreeLoopbackPort();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
