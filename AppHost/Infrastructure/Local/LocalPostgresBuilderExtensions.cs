using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting.Eventing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace AlliancePlatform.AppHost.Infrastructure.Local;

internal static class LocalPostgresBuilderExtensions
{
    private const string Account = "postgres";

    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, LocalInfrastructureSettings settings)
    {
        var binaries = FindBinaries();
        var home = settings.DataRoot.Folder("postgres");
        var dataDirectory = Path.Combine(home, "data");
        var socketDirectory = Path.Combine(home, "socket");
        Directory.CreateDirectory(socketDirectory);
        var password = settings.DataRoot.Secret("postgres-password");
        if (DataRoot.RunningAsRoot)
        {
            DataRoot.GiveTo(Account, home);
        }

        var server = new LocalPostgresServerResource(name, "/bin/sh", home)
        {
            Password = builder.AddParameter($"{name}-password", password, secret: true).Resource,
            Port = settings.PostgresPort,
            DataRoot = settings.DataRoot,
        };
        var adminConnection = ConnectionString(server.Port, password, "postgres");
        var healthCheck = $"{name}-accepts-connections";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => CanQueryAsync(adminConnection, ct));

        var postgresCommand = string.Join(' ',
            Quote(Path.Combine(binaries, "postgres")), "-D", Quote(dataDirectory),
            "-p", server.Port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1",
            "-c", $"unix_socket_directories={Quote(socketDirectory)}",
            "-c", "fsync=on",
            "-c", "max_connections=300");

        return builder.AddResource(server)
            // PostgreSQL writes its log to stderr; folding it into stdout keeps the dashboard from showing every line as an error.
            .WithArgs("-c", $"exec {RunAsAccount(postgresCommand)} 2>&1")
            .WithEndpoint(port: server.Port, targetPort: server.Port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck(healthCheck)
            .OnBeforeResourceStarted((resource, _, ct) => InitialiseClusterAsync(binaries, home, dataDirectory, password, ct))
            .OnResourceReady(CreateDatabasesAsync);
    }

    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresServerResource> server, string name)
    {
        var password = server.Resource.DataRoot.Secret($"{name}-password");
        var database = new LocalPostgresDatabaseResource(name, name, server.Resource)
        {
            Password = server.ApplicationBuilder.AddParameter($"{name}-password", password, secret: true).Resource,
        };
        server.Resource.Databases.Add(database);
        var healthCheck = $"{name}-accepts-connections";
        server.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct =>
            CanQueryAsync(ConnectionString(server.Resource.Port, database.RoleName, password, name), ct));

        return server.ApplicationBuilder.AddResource(database)
            .WithParentRelationship(server)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new ResourcePropertySnapshot(CustomResourceKnownProperties.Source, server.Resource.Name)],
            })
            .WithHealthCheck(healthCheck);
    }

    private static async Task InitialiseClusterAsync(string binaries, string home, string dataDirectory, string password, CancellationToken ct)
    {
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return;
        }
        var passwordFile = Path.Combine(home, ".initdb-password");
        await File.WriteAllTextAsync(passwordFile, password, ct);
        try
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            if (DataRoot.RunningAsRoot)
            {
                DataRoot.GiveTo(Account, home);
            }
            var initdb = string.Join(' ',
                Quote(Path.Combine(binaries, "initdb")), "-D", Quote(dataDirectory),
                "--username", LocalPostgresServerResource.UserName, "--pwfile", Quote(passwordFile),
                "--auth", "scram-sha-256", "--encoding", "UTF8", "--locale", "C.UTF-8");
            await RunAsync(RunAsAccount(initdb), ct);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private static async Task CreateDatabasesAsync(LocalPostgresServerResource server, ResourceReadyEvent ready, CancellationToken ct)
    {
        var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
        var password = await server.Password.GetValueAsync(ct) ?? "";
        await using var connection = new NpgsqlConnection(ConnectionString(server.Port, password, "postgres"));
        await connection.OpenAsync(ct);
        foreach (var database in server.Databases)
        {
            await CreateOwnedDatabaseAsync(connection, database, await database.Password.GetValueAsync(ct) ?? "", ct);
            await HandOverTablesAsync(server.Port, password, database, ct);
            await notifications.PublishUpdateAsync(database, state => state with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            });
        }
    }

    /// <summary>
    /// The database's own role owns it; no other role but the superuser may connect to it, so a service can
    /// neither read nor change another service's tables.
    /// </summary>
    private static async Task CreateOwnedDatabaseAsync(NpgsqlConnection admin, LocalPostgresDatabaseResource database, string password, CancellationToken ct)
    {
        var role = Identifier(database.RoleName);
        var secret = Literal(password);
        await ExecuteAsync(admin, $"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {Literal(database.RoleName)}) THEN
                    CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD {secret};
                ELSE
                    ALTER ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD {secret};
                END IF;
            END $$;
            """, ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", database.DatabaseName);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await ExecuteAsync(admin, $"CREATE DATABASE {Identifier(database.DatabaseName)} OWNER {role}", ct);
        }
        await ExecuteAsync(admin, $"ALTER DATABASE {Identifier(database.DatabaseName)} OWNER TO {role}", ct);
        await ExecuteAsync(admin, $"REVOKE ALL ON DATABASE {Identifier(database.DatabaseName)} FROM PUBLIC", ct);
    }

    /// <summary>Data roots made before databases had their own roles keep tables owned by the superuser; those move to the database's role.</summary>
    private static async Task HandOverTablesAsync(int port, string adminPassword, LocalPostgresDatabaseResource database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(port, LocalPostgresServerResource.UserName, adminPassword, database.DatabaseName));
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, $"""
            DO $$ DECLARE owned record; BEGIN
                FOR owned IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v') AND pg_get_userbyid(c.relowner) <> {Literal(database.RoleName)}
                LOOP
                    EXECUTE format('ALTER %s %I OWNER TO %I',
                        CASE owned.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, owned.relname, {Literal(database.RoleName)});
                END LOOP;
            END $$;
            """, ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    private static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    private static async Task<HealthCheckResult> CanQueryAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }

    private static string ConnectionString(int port, string password, string database) =>
        ConnectionString(port, LocalPostgresServerResource.UserName, password, database);

    private static string ConnectionString(int port, string user, string password, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = user,
            Password = password,
            Database = database,
            Timeout = 3,
            Pooling = false,
        }.ConnectionString;

    /// <summary>PostgreSQL refuses to run as root; as root, the server runs as the postgres account.</summary>
    private static string RunAsAccount(string command) => DataRoot.RunningAsRoot
        ? $"setpriv --reuid={Account} --regid={Account} --init-groups --reset-env {command}"
        : command;

    private static async Task RunAsync(string shellCommand, CancellationToken ct)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", $"{shellCommand} 2>&1"])
        {
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("Could not start /bin/sh.");
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{shellCommand}' failed with exit code {process.ExitCode}: {output}");
        }
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "bin", "postgres")))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin"))
                .FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: run 'apt-get install postgresql' (the README's commands do it for you), or start with Infra:Mode=containers.");
    }

    private static string Quote(string value) => $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
