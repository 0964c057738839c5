using AlliancePlatform.AppHost.Infrastructure.Local;

namespace AlliancePlatform.AppHost.Infrastructure;

/// <summary>The broker and the database server, whichever way they run; services cannot tell the modes apart.</summary>
internal sealed class PlatformInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> broker,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
{
    public const string BrokerName = "rabbitmq";
    public const string DatabaseServerName = "postgres";

    public IResourceBuilder<IResourceWithConnectionString> Broker => broker;
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);

    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder, DataRoot dataRoot)
    {
        var mode = InfrastructureModeResolver.Resolve(builder.Configuration[InfrastructureModeResolver.Setting]);
        return mode == InfrastructureMode.Containers ? AddContainers(builder) : AddLocal(builder, dataRoot);
    }

    private static PlatformInfrastructure AddContainers(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres(DatabaseServerName).WithDataVolume("alliance-platform-postgres");
        var rabbit = builder.AddRabbitMQ(BrokerName).WithDataVolume("alliance-platform-rabbitmq");
        return new PlatformInfrastructure(rabbit, name => postgres.AddDatabase(name));
    }

    private static PlatformInfrastructure AddLocal(IDistributedApplicationBuilder builder, DataRoot dataRoot)
    {
        var settings = LocalInfrastructureSettings.From(builder.Configuration, dataRoot);
        var postgres = builder.AddLocalPostgres(DatabaseServerName, settings);
        var rabbit = builder.AddLocalRabbitMq(BrokerName, settings);
        return new PlatformInfrastructure(rabbit, name => postgres.AddDatabase(name));
    }
}
