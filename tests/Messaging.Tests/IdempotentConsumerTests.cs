using AlliancePlatform.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlliancePlatform.Messaging.Tests;

/// <summary>The inbox decision in the consumer, over MassTransit's in-memory harness and an in-memory inbox.</summary>
public class IdempotentConsumerTests
{
    public sealed record SomethingHappened(int Value);

    [Fact]
    public async Task Consume_TheSameMessageIdTwice_AppliesTheEffectOnce()
    {
        await using var provider = Harness(out var inbox, out var effects);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var messageId = NewId.NextGuid();

        await harness.Bus.Publish(new SomethingHappened(1), c => c.MessageId = messageId);
        await harness.Bus.Publish(new SomethingHappened(1), c => c.MessageId = messageId);

        await Until(() => inbox.Deliveries == 2);
        Assert.Equal([1], effects.Applied);
        Assert.Equal(1, inbox.Completed);
    }

    [Fact]
    public async Task Consume_DifferentMessageIds_AppliesEach()
    {
        await using var provider = Harness(out var inbox, out var effects);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new SomethingHappened(1));
        await harness.Bus.Publish(new SomethingHappened(2));

        await Until(() => inbox.Completed == 2);
        Assert.Equal([1, 2], effects.Applied.Order());
    }

    [Fact]
    public async Task Consume_WhenTheEffectFails_DoesNotRecordTheMessageAsApplied()
    {
        await using var provider = Harness(out var inbox, out var effects);
        effects.FailNext = true;
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new SomethingHappened(7));

        Assert.True(await harness.Consumed.Any<SomethingHappened>(x => x.Exception is not null));
        Assert.Equal(0, inbox.Completed);
        Assert.Empty(effects.Applied);
    }

    /// <summary>Waits for deliveries on a busy machine: deadline-bound, never a fixed sleep.</summary>
    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the messages were not delivered within 30 s");
            await Task.Delay(20);
        }
    }

    private static ServiceProvider Harness(out InMemoryInbox inbox, out Effects effects)
    {
        var inMemoryInbox = inbox = new InMemoryInbox();
        var recorded = effects = new Effects();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IInbox>(inMemoryInbox)
            .AddSingleton(recorded)
            .AddMassTransitTestHarness(x =>
            {
                x.AddConsumer<SomethingHappenedConsumer>();
                x.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(30), testInactivityTimeout: TimeSpan.FromSeconds(5));
            })
            .BuildServiceProvider(true);
    }

    public sealed class Effects
    {
        public List<int> Applied { get; } = [];
        public bool FailNext { get; set; }
    }

    public sealed class SomethingHappenedConsumer(IInbox inbox, Effects effects, ILogger<SomethingHappenedConsumer> logger)
        : IdempotentConsumer<SomethingHappened>(inbox, logger)
    {
        protected override string ConsumerName => "tests.something-happened";

        protected override Task ApplyAsync(SomethingHappened message, CancellationToken cancellationToken)
        {
            if (effects.FailNext)
            {
                throw new InvalidOperationException("The effect could not be applied.");
            }
            lock (effects)
            {
                effects.Applied.Add(message.Value);
            }
            return Task.CompletedTask;
        }
    }

    /// <summary>Keeps receipts like the database inbox: a key is taken by one delivery, and released if its effect fails.</summary>
    public sealed class InMemoryInbox : IInbox
    {
        private readonly HashSet<(string, Guid)> _taken = [];
        public int Completed { get; private set; }
        public int Deliveries { get; private set; }

        public Task<IInboxReceipt?> TryReceiveAsync(string consumer, Guid messageId, CancellationToken cancellationToken)
        {
            lock (_taken)
            {
                Deliveries++;
                return Task.FromResult<IInboxReceipt?>(_taken.Add((consumer, messageId)) ? new Receipt(this, (consumer, messageId)) : null);
            }
        }

        private sealed class Receipt(InMemoryInbox inbox, (string, Guid) key) : IInboxReceipt
        {
            private bool _completed;

            public Task CompleteAsync(CancellationToken cancellationToken)
            {
                lock (inbox._taken)
                {
                    _completed = true;
                    inbox.Completed++;
                }
                return Task.CompletedTask;
            }

            public ValueTask DisposeAsync()
            {
                lock (inbox._taken)
                {
                    if (!_completed)
                    {
                        inbox._taken.Remove(key);
                    }
                }
                return ValueTask.CompletedTask;
            }
        }
    }
}
