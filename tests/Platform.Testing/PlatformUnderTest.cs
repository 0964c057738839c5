using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;

namespace AlliancePlatform.Testing;

/// <summary>
/// The whole platform started from the real AppHost in local mode: PostgreSQL and RabbitMQ from
/// Debian's packages on free ports, a fresh data root. Used by tests and benchmarks.
/// </summary>
public sealed class PlatformUnderTest : IAsyncDisposable
{
    public static readonly string[] Services = ["identity", "membership", "filing", "reporting", "evaluation", "support"];
    public const string GatewayName = "gateway";
    public const string PortalName = "portal";

    private readonly string _dataRoot;

    private PlatformUnderTest(DistributedApplication app, string dataRoot, TimeSpan startupTime)
    {
        App = app;
        _dataRoot = dataRoot;
        StartupTime = startupTime;
    }

    public DistributedApplication App { get; }
    /// <summary>From building the AppHost to every resource healthy.</summary>
    public TimeSpan StartupTime { get; }

    /// <param name="withDashboard">
    /// Run the dashboard and export telemetry to it, as <c>./platform up</c> does (benchmarks); without it
    /// (tests) the services export nothing, rather than retrying against a dashboard that is not there.
    /// </param>
    public static async Task<PlatformUnderTest> StartAsync(IEnumerable<string> settings, TimeSpan timeout, bool withDashboard = false)
    {
        var clock = Stopwatch.StartNew();
        var dataRoot = Path.Combine(Path.GetTempPath(), "alliance-platform-tests", Guid.NewGuid().ToString("N")[..12]);
        string[] args =
        [
            $"--Infra:DataRoot={dataRoot}",
            "--Infra:Mode=local",
            "--Infra:Postgres:Port=0",
            "--Infra:RabbitMq:Port=0",
            "--Infra:RabbitMq:DistributionPort=0",
            $"--Platform:Testing:ClockFile={ClockFileIn(dataRoot)}",
            .. settings.Select(s => $"--{s}"),
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Alliance_AppHost>(args, (options, _) => options.DisableDashboard = !withDashboard);
        if (!withDashboard)
        {
            foreach (var project in builder.Resources.OfType<ProjectResource>())
            {
                project.Annotations.Add(new EnvironmentCallbackAnnotation(context => context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT")));
            }
        }
        // Failing health checks are expected while a fault test has a server stopped; the assertions say what matters.
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.Configuration["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None";
        builder.Configuration["Logging:LogLevel:System.Net.Http"] = "Warning";
        builder.Configuration["Logging:LogLevel:Alliance.AppHost.Resources"] = "Warning";

        var app = await builder.BuildAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await app.StartAsync(cancel.Token);
        foreach (var resource in Services.Append(GatewayName).Append(PortalName))
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancel.Token);
        }
        return new PlatformUnderTest(app, dataRoot, clock.Elapsed);
    }

    private static string ClockFileIn(string dataRoot) => Path.Combine(dataRoot, "test-clock-offset");

    /// <summary>
    /// Moves the clock of every service (all replicas) to the real time plus <paramref name="offset"/>; services re-read
    /// it within 100 ms. Offsets only grow in a run: time that went back would confuse timers for good reason.
    /// </summary>
    public async Task SetClockOffsetAsync(TimeSpan offset)
    {
        Directory.CreateDirectory(_dataRoot);
        // The format TestClockFile (ServiceDefaults) reads: the offset in ticks.
        await File.WriteAllTextAsync(ClockFileIn(_dataRoot), offset.Ticks.ToString(CultureInfo.InvariantCulture));
        await Task.Delay(TimeSpan.FromMilliseconds(250));
    }

    public HttpClient Client(string resource)
    {
        var client = App.CreateHttpClient(resource);
        client.Timeout = TimeSpan.FromSeconds(60);
        return client;
    }

    /// <summary>The address of a resource's http endpoint, for clients that need their own handler (cookies, no redirects).</summary>
    public Uri EndpointOf(string resource) => App.GetEndpoint(resource, "http");

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
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async Task<List<T>> ListAsync<T>(string database, string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    public async Task StopAsync(string resource)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Stopping {resource} failed: {result.Message}");
        }
        await WaitForStateAsync(resource, s => KnownResourceStates.TerminalStates.Contains(s));
    }

    public async Task StartAsync(string resource)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Starting {resource} failed: {result.Message}");
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        // Connections this process pooled before a restart are dead; the tests' own queries must not trip on them.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Kills the resource's processes with SIGKILL: no graceful shutdown, no flushing.</summary>
    public async Task KillAsync(string resource)
    {
        using var process = ProcessOf(resource);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        await WaitForStateAsync(resource, s => KnownResourceStates.TerminalStates.Contains(s));
    }

    /// <summary>Working set of the resource's process tree, in bytes (the launcher and the service).</summary>
    public long WorkingSetOf(string resource)
    {
        using var root = ProcessOf(resource);
        var children = File.Exists($"/proc/{root.Id}/task/{root.Id}/children")
            ? File.ReadAllText($"/proc/{root.Id}/task/{root.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)
            : [];
        return children.Select(pid =>
        {
            using var child = Process.GetProcessById(pid);
            return child.WorkingSet64;
        }).DefaultIfEmpty(root.WorkingSet64).Max();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // a server still closing its files; the folder is under the temp directory
        }
    }

    private Process ProcessOf(string resource)
    {
        if (!App.ResourceNotifications.TryGetCurrentState(resource, out var current))
        {
            throw new InvalidOperationException($"{resource} is not a resource of the platform");
        }
        var pid = current.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value;
        return Process.GetProcessById(Convert.ToInt32(pid, CultureInfo.InvariantCulture));
    }

    private async Task WaitForStateAsync(string resource, Func<string?, bool> reached)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await App.ResourceNotifications.WaitForResourceAsync(resource, e => reached(e.Snapshot.State?.Text), timeout.Token);
    }
}
