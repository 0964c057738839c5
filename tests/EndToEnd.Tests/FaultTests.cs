using System.Diagnostics;
using System.Net;
using AlliancePlatform.Contracts.Membership;
using MassTransit;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Nothing submitted is lost and nothing is applied twice, whatever fails (quality.md, Reliability).</summary>
[Collection(PlatformCollection.Name)]
public class FaultTests(PlatformFixture platform, ITestOutputHelper output)
{
    private const string Broker = "rabbitmq";
    private const string FilingConsumer = "filing.alliance-registered";
    private const string FilingErrorQueue = "filing-alliance-registered_error";

    [Fact]
    public async Task BrokerDown_EveryWriteIsKeptOnceAndEveryEventReachesFilingOnceWhenItReturns()
    {
        await platform.StopAsync(Broker);
        var names = Enumerable.Range(0, 200).Select(_ => Alliances.UniqueName()).ToList();
        var ids = new List<Guid>();
        using (var parallel = new SemaphoreSlim(8))
        {
            var writes = names.Select(async name =>
            {
                await parallel.WaitAsync();
                try
                {
                    return await Alliances.RegisterOkAsync(platform.Applicant, name);
                }
                finally
                {
                    parallel.Release();
                }
            });
            ids.AddRange((await Task.WhenAll(writes)).Select(r => r.Id));
        }
        Assert.Equal(200L, await Pending());

        var restarted = Stopwatch.StartNew();
        await platform.StartAsync(Broker);
        await Eventually.ReturnsAsync(Pending, pending => pending == 0, TimeSpan.FromSeconds(60), "Membership's outbox draining");
        output.WriteLine($"outbox drained {restarted.Elapsed.TotalSeconds:F1} s after the broker was started again");

        var idList = ids.ToArray();
        Assert.Equal(200L, await platform.ScalarAsync<long>("membershipdb", "SELECT count(DISTINCT name) FROM alliances WHERE name = ANY(@names)", ("names", names.ToArray())));
        Assert.Equal(200L, await platform.ScalarAsync<long>("membershipdb", "SELECT count(*) FROM alliances WHERE name = ANY(@names)", ("names", names.ToArray())));
        await Eventually.ReturnsAsync(
            () => platform.ScalarAsync<long>("filingdb", "SELECT count(*) FROM alliance_projections WHERE alliance_id = ANY(@ids)", ("ids", idList)),
            count => count == 200, TimeSpan.FromSeconds(30), "all 200 alliances reaching Filing");
        var messages = await MessageIdsOf(idList);
        Assert.Equal(200, messages.Length);
        Assert.Equal(200L, await platform.ScalarAsync<long>("filingdb",
            "SELECT count(*) FROM inbox_messages WHERE consumer = @c AND message_id = ANY(@messages)", ("c", FilingConsumer), ("messages", messages)));
        Assert.Equal(0u, await ErrorQueueDepth());
    }

    [Fact]
    public async Task DuplicateDelivery_OfOneMessageId_IsAppliedOnce()
    {
        var registered = new AllianceRegistered(NewId.NextGuid(), Alliances.UniqueName(), "future_energy", DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();
        await PublishAsync(registered, messageId, times: 2);

        await Eventually.ReturnsAsync(
            () => platform.ScalarAsync<long>("filingdb",
                "SELECT coalesce(max(duplicate_deliveries), -1) FROM inbox_messages WHERE consumer = @c AND message_id = @m", ("c", FilingConsumer), ("m", messageId)),
            skipped => skipped == 1, TimeSpan.FromSeconds(20), "the second delivery arriving and being skipped");
        Assert.Equal(1L, await platform.ScalarAsync<long>("filingdb",
            "SELECT count(*) FROM alliance_projections WHERE alliance_id = @id", ("id", registered.AllianceId)));
        Assert.Equal(0u, await ErrorQueueDepth());
    }

    [Fact]
    public async Task MembershipKilledAfterItsCommitAndBeforeItsRelayPublished_DeliversTheEventOnceAfterRestart()
    {
        await platform.StopAsync(Broker);
        var registered = await Alliances.RegisterOkAsync(platform.Applicant);
        Assert.Equal(1L, await platform.ScalarAsync<long>("membershipdb",
            "SELECT count(*) FROM outbox_messages WHERE aggregate_id = @id AND sent_at IS NULL", ("id", registered.Id.ToString())));

        await platform.KillAsync("membership");
        await platform.StartAsync(Broker);
        await platform.StartAsync("membership");

        var known = await Alliances.KnownToFilingAsync(platform.Applicant, registered.Id, TimeSpan.FromSeconds(60));
        Assert.Equal(registered.Name, known.Name);
        var messageId = (await MessageIdsOf([registered.Id])).Single();
        Assert.Equal(0L, await platform.ScalarAsync<long>("filingdb",
            "SELECT duplicate_deliveries FROM inbox_messages WHERE consumer = @c AND message_id = @m", ("c", FilingConsumer), ("m", messageId)));
        Assert.Equal(HttpStatusCode.OK, (await platform.Applicant.GetAsync($"/api/membership/alliances/{registered.Id}")).StatusCode);
    }

    [Fact]
    public async Task AServiceNotAnswering_TheGatewayAnswersWithAProblemInTheCallersTerms_NotAnEmptyError()
    {
        const string service = "support";
        await platform.StopAsync(service);
        try
        {
            // The orchestrator's proxy keeps accepting connections for a stopped service, so the gateway waits out its
            // upstream timeout (504); a deployment without that proxy refuses the connection at once (503).
            using var read = await platform.Admin.GetAsync($"/api/{service}/audit");
            Assert.Contains(read.StatusCode, new[] { HttpStatusCode.GatewayTimeout, HttpStatusCode.ServiceUnavailable });
            var problem = await WalkingSkeletonTests.Problem(read, read.StatusCode);
            Assert.Matches("服务响应超时|服务暂时不可用", problem.GetProperty("title").GetString());
            Assert.StartsWith("Please try again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.NotNull(read.Headers.RetryAfter?.Delta);
        }
        finally
        {
            await platform.StartAsync(service);
        }
    }

    [Fact]
    public async Task DatabaseDown_WritesGet503AndAnEventArrivingMeanwhileIsAppliedAfterwardsWithoutAnError()
    {
        var registered = new AllianceRegistered(NewId.NextGuid(), Alliances.UniqueName(), "future_health", DateTimeOffset.UtcNow);
        var pause = Stopwatch.StartNew();
        await platform.StopAsync("postgres");
        try
        {
            await PublishAsync(registered, NewId.NextGuid());
            using var refused = await Alliances.RegisterAsync(platform.Applicant, Alliances.UniqueName());
            var problem = await WalkingSkeletonTests.Problem(refused, HttpStatusCode.ServiceUnavailable);
            Assert.Contains("Nothing was saved", problem.GetProperty("detail").GetString());
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
            var remaining = TimeSpan.FromSeconds(20) - pause.Elapsed;
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining);
            }
        }
        finally
        {
            await platform.StartAsync("postgres");
        }
        output.WriteLine($"PostgreSQL was unavailable for {pause.Elapsed.TotalSeconds:F1} s");

        var known = await Alliances.KnownToFilingAsync(platform.Secretariat, registered.AllianceId, TimeSpan.FromSeconds(90));
        Assert.Equal(registered.Name, known.Name);
        await Alliances.RegisterOkAsync(platform.Applicant);
        Assert.Equal(0u, await ErrorQueueDepth());
    }

    private async Task PublishAsync(AllianceRegistered registered, Guid messageId, int times = 1)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(async cfg => cfg.Host(new Uri(await platform.ConnectionStringAsync(Broker))));
        await bus.StartAsync();
        try
        {
            for (var i = 0; i < times; i++)
            {
                await bus.Publish(registered, c => c.MessageId = messageId);
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private Task<long> Pending() =>
        platform.ScalarAsync<long>("membershipdb", "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL");

    private async Task<Guid[]> MessageIdsOf(Guid[] allianceIds)
    {
        var ids = await platform.Platform.ListAsync("membershipdb", "SELECT id FROM outbox_messages WHERE aggregate_id = ANY(@ids)",
            row => row.GetGuid(0), ("ids", allianceIds.Select(a => a.ToString()).ToArray()));
        return [.. ids];
    }

    private async Task<uint> ErrorQueueDepth()
    {
        var factory = new ConnectionFactory { Uri = new Uri(await platform.ConnectionStringAsync(Broker)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(FilingErrorQueue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // MassTransit declares the error queue on the first fault: none yet
        }
    }
}
