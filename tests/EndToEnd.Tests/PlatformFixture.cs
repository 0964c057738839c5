using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;

[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>
/// The whole platform, started once per test collection from the real AppHost in local mode:
/// PostgreSQL and RabbitMQ from Debian's packages on free ports, with a fresh data root.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["identity", "membership", "filing", "reporting", "evaluation", "support"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), "alliance-platform-tests", Guid.NewGuid().ToString("N")[..12]);

    public DistributedApplication App { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;
    public TimeSpan StartupTime { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Alliance_AppHost>(
        [
            $"--Infra:DataRoot={_dataRoot}",
            "--Infra:Mode=local",
            "--Infra:Postgres:Port=0",
            "--Infra:RabbitMq:Port=0",
            "--Infra:RabbitMq:DistributionPort=0",
            "--Gateway:PermitsPerSecond=100",
            "--Gateway:Burst=150",
            "--Gateway:MaxRequestBodyBytes=1048576",
            "--Messaging:Outbox:RetryMaxDelay=00:00:02",
        ], (options, _) => options.DisableDashboard = true);
        // Failing health checks are expected while a fault test has a server stopped; the assertions say what matters.
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.Configuration["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None";
        builder.Configuration["Logging:LogLevel:System.Net.Http"] = "Warning";
        builder.Configuration["Logging:LogLevel:Alliance.AppHost.Resources"] = "Warning";

        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(timeout.Token);
        foreach (var resource in Services.Append("gateway"))
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }
        Gateway = App.CreateHttpClient("gateway");
        Gateway.Timeout = TimeSpan.FromSeconds(60);
        StartupTime = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // a server still closing its files; the folder is under the temp directory
        }
    }

    public HttpClient DirectClient(string service) => App.CreateHttpClient(service);

    public async Task<string> ConnectionStringAsync(string resource) =>
        await App.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"{resource} has no connection string");

    public async Task<T> ScalarAsync<T>(string database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task StopAsync(string resource)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand);
        Assert.True(result.Success, $"stopping {resource}: {result.Message}");
        await WaitForStateAsync(resource, s => KnownResourceStates.TerminalStates.Contains(s));
    }

    public async Task StartAsync(string resource)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
        Assert.True(result.Success, $"starting {resource}: {result.Message}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
    }

    /// <summary>Kills the resource's processes with SIGKILL: no graceful shutdown, no flushing.</summary>
    public async Task KillAsync(string resource)
    {
        Assert.True(App.ResourceNotifications.TryGetCurrentState(resource, out var current), $"{resource} is not known");
        var pid = current.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value;
        using (var process = Process.GetProcessById(Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture)))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        await WaitForStateAsync(resource, s => KnownResourceStates.TerminalStates.Contains(s));
    }

    private async Task WaitForStateAsync(string resource, Func<string?, bool> reached)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await App.ResourceNotifications.WaitForResourceAsync(resource, e => reached(e.Snapshot.State?.Text), timeout.Token);
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
