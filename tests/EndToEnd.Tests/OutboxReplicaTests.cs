using System.Collections.Concurrent;
using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Two relays on one outbox, as two replicas of a service run them, on the platform's real PostgreSQL.</summary>
[Collection(PlatformCollection.Name)]
public class OutboxReplicaTests(PlatformFixture platform)
{
    private const int Aggregates = 40;
    private const int EventsPerAggregate = 10;

    [Fact]
    public async Task TwoRelays_PublishEveryRowExactlyOnce_AndEachAggregatesRowsInOrder()
    {
        await using var services = await ScratchOutboxAsync();
        var written = await WriteEventsAsync(services);
        var publisher = new RecordingPublisher();

        await Task.WhenAll(RelayUntilEmptyAsync(services, publisher), RelayUntilEmptyAsync(services, publisher));

        var published = publisher.Published.ToList();
        Assert.Equal(written.Count, published.Count);
        Assert.Equal(written.Select(m => m.Id).Order(), published.Select(p => p.Message.Id).Order());
        foreach (var aggregate in published.GroupBy(p => p.Message.AggregateId))
        {
            var sequences = aggregate.OrderBy(p => p.Order).Select(p => p.Message.Sequence).ToList();
            Assert.Equal(sequences.Order(), sequences);
        }
        Assert.True(published.Select(p => p.Relay).Distinct().Count() == 2, "both relays should have taken part");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScratchDbContext>();
        Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null));
    }

    private static async Task RelayUntilEmptyAsync(ServiceProvider services, RecordingPublisher publisher)
    {
        var relay = Guid.NewGuid();
        var dispatcher = new OutboxDispatcher(
            new EfOutboxStore<ScratchDbContext>(services.GetRequiredService<IServiceScopeFactory>()),
            new RelayPublisher(publisher, relay),
            Options.Create(new OutboxOptions { BatchSize = 7 }),
            TimeProvider.System,
            NullLogger<OutboxDispatcher>.Instance);
        var idleRounds = 0;
        while (idleRounds < 3)
        {
            var result = await dispatcher.DispatchOnceAsync(CancellationToken.None);
            idleRounds = result.Claimed == 0 ? idleRounds + 1 : 0;
        }
    }

    private static async Task<List<OutboxMessage>> WriteEventsAsync(ServiceProvider services)
    {
        var written = new List<OutboxMessage>();
        for (var round = 0; round < EventsPerAggregate; round++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ScratchDbContext>();
            for (var a = 0; a < Aggregates; a++)
            {
                var message = OutboxMessage.For(new AllianceRegistered(Guid.NewGuid(), $"联盟{a}-{round}", "new_materials", DateTimeOffset.UtcNow), $"aggregate-{a}", DateTimeOffset.UtcNow, null);
                db.Add(message);
                written.Add(message);
            }
            await db.SaveChangesAsync();
        }
        return written;
    }

    private async Task<ServiceProvider> ScratchOutboxAsync()
    {
        // Service roles may not create databases; the scratch one is made with the server's own account.
        var server = new NpgsqlConnectionStringBuilder(await platform.ConnectionStringAsync("postgres")) { Database = "postgres" };
        var database = $"outbox_replicas_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        server.Database = database;
        var services = new ServiceCollection()
            .AddDbContext<ScratchDbContext>(o => o.UseNpgsql(server.ConnectionString).UseSnakeCaseNamingConvention())
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScratchDbContext>().Database.EnsureCreatedAsync();
        return services;
    }

    private sealed class ScratchDbContext(DbContextOptions<ScratchDbContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPlatformTables();
    }

    private sealed record Publication(OutboxMessage Message, Guid Relay, long Order);

    private sealed class RecordingPublisher
    {
        private long _order;
        public ConcurrentQueue<Publication> Published { get; } = new();

        public void Record(OutboxMessage message, Guid relay) =>
            Published.Enqueue(new Publication(message, relay, Interlocked.Increment(ref _order)));
    }

    private sealed class RelayPublisher(RecordingPublisher recorder, Guid relay) : IOutboxPublisher
    {
        public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            await Task.Delay(Random.Shared.Next(0, 3), cancellationToken); // a broker round trip, so the relays overlap
            recorder.Record(message, relay);
        }
    }
}
