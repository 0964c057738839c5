using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Every service keeps an append-only audit trail that only the admin division reads (issue 3, MLPS 2.0 level 3).</summary>
[Collection(PlatformCollection.Name)]
public class AuditTrailTests(PlatformFixture platform)
{
    private sealed record Entry(
        Guid Id, DateTimeOffset OccurredAt, string Actor, string Roles, string? Organization, string Action,
        string ObjectType, string? ObjectId, string Outcome, string? Detail, string? TraceId, string? SourceAddress);

    private sealed record Page(List<Entry> Items, Guid? Next);

    [Fact]
    public async Task ARegistration_IsOnMembershipsTrail_WithWhoWhatWhenAndTheTrace()
    {
        var registered = await Alliances.RegisterOkAsync(platform.Applicant);

        var entry = Assert.Single((await ReadAsync("membership", $"object={registered.Id}")).Items, e => e.Action == "alliance.register");

        Assert.Equal(SubjectOf(platform.Applicant), entry.Actor);
        Assert.Equal("applicant", entry.Roles);
        Assert.Equal(PlatformFixture.HarbinApplicantOrganization, entry.Organization);
        Assert.Equal("alliance", entry.ObjectType);
        Assert.Equal("succeeded", entry.Outcome);
        Assert.Matches("^[0-9a-f]{32}$", entry.TraceId);
        Assert.False(string.IsNullOrEmpty(entry.SourceAddress));
        Assert.True(DateTimeOffset.UtcNow - entry.OccurredAt < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task ARefusedAndADeniedWrite_AreOnTheTrailToo()
    {
        var taken = await Alliances.RegisterOkAsync(platform.OtherApplicant);
        using (var again = await Alliances.RegisterAsync(platform.OtherApplicant, taken.Name))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        using (var notAllowed = await Alliances.RegisterAsync(platform.Ops, Alliances.UniqueName()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        }

        var byApplicant = (await ReadAsync("membership", $"actor={SubjectOf(platform.OtherApplicant)}")).Items;
        var byOps = (await ReadAsync("membership", $"actor={SubjectOf(platform.Ops)}")).Items;

        Assert.Contains(byApplicant, e => e is { Action: "alliance.register", Outcome: "refused", Detail: "alliance.name_taken" });
        Assert.Contains(byOps, e => e is { Action: "alliance.register", Outcome: "denied", Detail: "http_403", Roles: "ops" });
    }

    [Fact]
    public async Task SignInAttempts_AreOnIdentitysTrail()
    {
        var gateway = platform.Platform.EndpointOf("gateway");
        using var browser = PortalSignIn.Browser(gateway);
        var login = new Uri(gateway, "/api/identity/account/login");
        using (var wrong = await PortalSignIn.SignInAsync(browser, login, "business-division-demo", "not-the-password-1!"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using (var right = await PortalSignIn.SignInAsync(browser, login, "business-division-demo", PlatformFixture.DemoUserPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        }

        var attempts = (await ReadAsync("identity", "object=business-division-demo")).Items;

        Assert.Contains(attempts, e => e is { Action: "account.sign_in", Outcome: "denied", Detail: "wrong_credentials", Actor: "anonymous" });
        Assert.Contains(attempts, e => e is { Action: "account.sign_in", Outcome: "succeeded" });
    }

    [Fact]
    public async Task TheTrail_IsPagedNewestFirst_AndReadingItIsOnItToo()
    {
        var registered = await Alliances.RegisterOkAsync(platform.Applicant);
        await ReadAsync("membership", $"object={registered.Id}");

        var first = await ReadAsync("membership", "limit=2");
        var second = await ReadAsync("membership", $"limit=2&before={first.Next}");

        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.Next);
        Assert.True(first.Items[0].Id.CompareTo(first.Items[1].Id) > 0);
        Assert.True(first.Items[1].Id.CompareTo(second.Items[0].Id) > 0);
        Assert.Contains(first.Items.Concat(second.Items), e => e.Action == "audit.read" && e.ObjectId == registered.Id.ToString());
        using var tooMany = await platform.Admin.GetAsync("/api/membership/audit?limit=1000");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task TheServicesOwnRole_CannotChangeOrDeleteTheTrail(string database)
    {
        await using var connection = new NpgsqlConnection(await platform.ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO audit_entries (id, occurred_at, actor, roles, action, object_type, outcome) VALUES (@id, now(), 'test', '', 'test.append', 'test', 'Succeeded')",
            connection))
        {
            insert.Parameters.AddWithValue("id", Guid.CreateVersion7());
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }

        foreach (var change in new[] { "UPDATE audit_entries SET outcome = 'Denied'", "DELETE FROM audit_entries", "TRUNCATE audit_entries" })
        {
            await using var command = new NpgsqlCommand(change, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }

    [Fact]
    public async Task EvenTheServerAccount_CannotChangeTheTrail()
    {
        var server = new NpgsqlConnectionStringBuilder(await platform.ConnectionStringAsync("postgres")) { Database = "membershipdb" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();

        await using var command = new NpgsqlCommand("UPDATE audit_entries SET outcome = 'Denied'", connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", refused.MessageText);
    }

    [Fact]
    public async Task AServicesRole_CannotOpenAnotherServicesDatabase()
    {
        var membership = new NpgsqlConnectionStringBuilder(await platform.ConnectionStringAsync("membershipdb")) { Database = "filingdb" };
        await using var connection = new NpgsqlConnection(membership.ConnectionString);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    public static TheoryData<string> Databases => new(PlatformFixture.Services.Select(s => $"{s}db"));

    private async Task<Page> ReadAsync(string service, string query)
    {
        using var response = await platform.Admin.GetAsync($"/api/{service}/audit?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Page>(Alliances.Json))!;
    }

    private static string SubjectOf(HttpClient client) =>
        PortalSignIn.Payload(client.DefaultRequestHeaders.Authorization!.Parameter!).GetProperty("sub").GetString()!;
}
