using AlliancePlatform.Testing;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>The whole platform, started once per test collection (start-up takes tens of seconds).</summary>
public class PlatformFixture : IAsyncLifetime
{
    public static string[] Services => PlatformUnderTest.Services;
    public const string DemoClientId = "demo-subscriber";
    public const string DemoClientSecret = "end-to-end-tests-demo-client-secret";
    public const string DemoUserPassword = "EndToEnd-Tests-Pass-9";
    /// <summary>The unit of the Harbin demo applicant (applicant-demo).</summary>
    public const string HarbinApplicantOrganization = "91230100MA1B2C3D49";

    private PlatformUnderTest? _platform;

    public PlatformUnderTest Platform => _platform ?? throw new InvalidOperationException("The platform has not started.");
    /// <summary>The gateway without a token: what the public and any unsigned caller get.</summary>
    public HttpClient Gateway { get; private set; } = null!;
    /// <summary>Signed in as the Harbin applicant (org 91230100MA1B2C3D49).</summary>
    public HttpClient Applicant { get; private set; } = null!;
    /// <summary>Signed in as the Qiqihar applicant: another organisation.</summary>
    public HttpClient OtherApplicant { get; private set; } = null!;
    /// <summary>Signed in as the provincial secretariat, a reviewer.</summary>
    public HttpClient Secretariat { get; private set; } = null!;
    /// <summary>Signed in as the department's comprehensive management division: settings and the audit trails.</summary>
    public HttpClient Admin { get; private set; } = null!;
    /// <summary>Signed in as operations staff: health and metrics, no business data.</summary>
    public HttpClient Ops { get; private set; } = null!;
    /// <summary>Signed in as the Harbin city recommender (region 230100).</summary>
    public HttpClient Recommender { get; private set; } = null!;
    public HttpClient BusinessDivision { get; private set; } = null!;
    /// <summary>Signed in as expert-demo and expert-industry-demo.</summary>
    public HttpClient Expert { get; private set; } = null!;
    public HttpClient IndustryExpert { get; private set; } = null!;

    private TimeSpan _clockOffset = TimeSpan.Zero;
    private Task<Filing.FiledAlliances.Filed>? _sharedFiled;

    /// <summary>One alliance taken through filing once per run, for tests that only need some filed alliance of the Harbin applicant.</summary>
    public Task<Filing.FiledAlliances.Filed> SharedFiledAllianceAsync() => _sharedFiled ??= Filing.FiledAlliances.FileAsync(this);
    private readonly SemaphoreSlim _clockLock = new(1, 1);

    /// <summary>The time the services (not Identity) see now: real time plus every advance so far.</summary>
    public DateTimeOffset ServiceNow => DateTimeOffset.UtcNow + _clockOffset;

    /// <summary>
    /// Moves the services' clock forward so that <paramref name="moment"/> has passed (never back: a test that ran before
    /// may have moved it further already). Deadlines, notice windows and due dates then fire as they would in time.
    /// </summary>
    public async Task AdvanceClockPastAsync(DateTimeOffset moment)
    {
        await _clockLock.WaitAsync();
        try
        {
            var needed = moment - DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1);
            if (needed > _clockOffset)
            {
                _clockOffset = needed;
                await Platform.SetClockOffsetAsync(_clockOffset);
            }
        }
        finally
        {
            _clockLock.Release();
        }
    }

    /// <summary>Settings a collection's own platform adds to the common ones.</summary>
    protected virtual IEnumerable<string> ExtraSettings => [];

    public async Task InitializeAsync()
    {
        _platform = await PlatformUnderTest.StartAsync(
        [
            "Gateway:PermitsPerSecond=100",
            "Gateway:Burst=150",
            "Gateway:MaxRequestBodyBytes=1048576",
            "Messaging:Outbox:RetryMaxDelay=00:00:02",
            // Two Filing replicas: the timers must fire once between them (quality.md).
            "Filing:Replicas=2",
            "Filing:ClockInterval=00:00:01",
            "Reporting:ClockInterval=00:00:01",
            // Two Evaluation replicas: a refusal of assessment is announced once between them.
            "Evaluation:Replicas=2",
            "Evaluation:ClockInterval=00:00:01",
            "Gateway:ObjectionsPerWindow=3",
            $"Identity:DemoClientSecret={DemoClientSecret}",
            $"Identity:DemoUserPassword={DemoUserPassword}",
            .. ExtraSettings,
        ], TimeSpan.FromMinutes(4));
        Gateway = Platform.Client(PlatformUnderTest.GatewayName);
        var gateway = Platform.EndpointOf(PlatformUnderTest.GatewayName);
        Applicant = await PortalSignIn.ClientForAsync(gateway, "applicant-demo", DemoUserPassword);
        OtherApplicant = await PortalSignIn.ClientForAsync(gateway, "applicant-qiqihar-demo", DemoUserPassword);
        Secretariat = await PortalSignIn.ClientForAsync(gateway, "secretariat-demo", DemoUserPassword);
        Admin = await PortalSignIn.ClientForAsync(gateway, "admin-division-demo", DemoUserPassword);
        Ops = await PortalSignIn.ClientForAsync(gateway, "ops-demo", DemoUserPassword);
        Recommender = await PortalSignIn.ClientForAsync(gateway, "recommender-demo", DemoUserPassword);
        BusinessDivision = await PortalSignIn.ClientForAsync(gateway, "business-division-demo", DemoUserPassword);
        Expert = await PortalSignIn.ClientForAsync(gateway, "expert-demo", DemoUserPassword);
        IndustryExpert = await PortalSignIn.ClientForAsync(gateway, "expert-industry-demo", DemoUserPassword);
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Applicant?.Dispose();
        OtherApplicant?.Dispose();
        Secretariat?.Dispose();
        Admin?.Dispose();
        Ops?.Dispose();
        Recommender?.Dispose();
        BusinessDivision?.Dispose();
        Expert?.Dispose();
        IndustryExpert?.Dispose();
        _clockLock.Dispose();
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }

    public HttpClient DirectClient(string service) => Platform.Client(service);
    public Task<string> ConnectionStringAsync(string resource) => Platform.ConnectionStringAsync(resource);
    public Task<T> ScalarAsync<T>(string database, string sql, params (string Name, object Value)[] parameters) => Platform.ScalarAsync<T>(database, sql, parameters);
    public Task StopAsync(string resource) => Platform.StopAsync(resource);
    public Task StartAsync(string resource) => Platform.StartAsync(resource);
    public Task KillAsync(string resource) => Platform.KillAsync(resource);
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}

/// <summary>
/// A platform of its own for tests that move the services' clock by years: the shared one's clock only moves by
/// weeks, so that tests written against today's dates keep their meaning.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TimelineCollection : ICollectionFixture<TimelinePlatformFixture>
{
    public const string Name = "timeline";
}

/// <summary>The timeline's platform runs two Reporting replicas: its timers must fire once between them (quality.md).</summary>
public sealed class TimelinePlatformFixture : PlatformFixture
{
    protected override IEnumerable<string> ExtraSettings => ["Reporting:Replicas=2"];
}
