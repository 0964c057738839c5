using System.Globalization;

namespace AlliancePlatform.AppHost.Infrastructure.Local;

/// <summary>A RabbitMQ node from the machine's packages, run by the AppHost with its data under the data root.</summary>
internal sealed class LocalRabbitMqResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string UserName = "alliance";

    public required ParameterResource Password { get; init; }
    public required int Port { get; init; }

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserName}:{Password}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");
}
