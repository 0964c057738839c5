using System.Globalization;

namespace AlliancePlatform.AppHost.Infrastructure.Local;

/// <summary>A PostgreSQL server from the machine's packages, run by the AppHost with its data under the data root.</summary>
internal sealed class LocalPostgresServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string UserName = "alliance";

    public required ParameterResource Password { get; init; }
    public required int Port { get; init; }
    /// <summary>Where each database's own role keeps its generated password.</summary>
    public required DataRoot DataRoot { get; init; }
    public List<LocalPostgresDatabaseResource> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={UserName};Password={Password}");
}

/// <summary>
/// One service's database on the local server, created when the server is ready, owned by a login role of its
/// own that is no superuser and may connect to no other service's database.
/// </summary>
internal sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString, IResourceWithWaitSupport
{
    public LocalPostgresServerResource Parent => parent;
    public string DatabaseName => databaseName;
    /// <summary>The database's owner role, named after it.</summary>
    public string RoleName => databaseName;
    public required ParameterResource Password { get; init; }

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Parent.Port.ToString(CultureInfo.InvariantCulture)};Username={RoleName};Password={Password};Database={DatabaseName}");
}
