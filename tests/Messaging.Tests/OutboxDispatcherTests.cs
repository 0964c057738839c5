using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlliancePlatform.Messaging.Tests;

public class OutboxDispatcherTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 11, 8, 0, 0, TimeSpan.Zero));
    private readonly OutboxOptions _options = new() { BatchSize = 3 };

    [Fact]
    public async Task Dispatch_PublishesTheBatchAndMarksEachSentOnlyAfterConfirm()
    {
        var messages = Messages(3);
        var store = new FakeStore(messages);
        var publisher = new FakePublisher();

        var result = await Dispatcher(store, publisher).DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(messages.Select(m => m.Id).Order(), publisher.Confirmed.Select(m => m.Id).Order());
        Assert.All(messages, m => Assert.Equal(_clock.GetUtcNow(), m.SentAt));
        Assert.True(store.Completed);
        Assert.Equal(new DispatchResult(3, 3, Failed: false), result);
        Assert.True(result.MoreMayBeWaiting(_options.BatchSize));
    }

    [Fact]
    public async Task Dispatch_WhenOnePublishFails_SchedulesARetryForThatRowAndRecordsTheConfirmedOnes()
    {
        var messages = Messages(3);
        var store = new FakeStore(messages);
        var publisher = new FakePublisher { FailOn = messages[1].Id };

        var result = await Dispatcher(store, publisher).DispatchOnceAsync(CancellationToken.None);

        Assert.NotNull(messages[0].SentAt);
        Assert.Null(messages[1].SentAt);
        Assert.Equal(1, messages[1].Attempts);
        Assert.Equal(_clock.GetUtcNow() + _options.Backoff.Delay(1), messages[1].NextAttemptAt);
        Assert.Equal("The broker did not confirm in time.", messages[1].LastError);
        Assert.NotNull(messages[2].SentAt);
        Assert.True(store.Completed, "what was confirmed must still be recorded");
        Assert.Equal(new DispatchResult(3, 2, Failed: true), result);
        Assert.False(result.MoreMayBeWaiting(_options.BatchSize));
    }

    [Fact]
    public async Task Dispatch_WhenTheBrokerIsAway_MarksNothingSent()
    {
        var messages = Messages(3);
        var publisher = new FakePublisher { FailAll = true };

        var result = await Dispatcher(new FakeStore(messages), publisher).DispatchOnceAsync(CancellationToken.None);

        Assert.All(messages, m => Assert.Null(m.SentAt));
        Assert.All(messages, m => Assert.Equal(1, m.Attempts));
        Assert.Equal(0, result.Published);
    }

    [Fact]
    public async Task Dispatch_WithNothingDue_TouchesNothing()
    {
        var store = new FakeStore([]);

        var result = await Dispatcher(store, new FakePublisher()).DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(0, result.Claimed);
        Assert.False(store.Completed);
        Assert.True(store.Disposed, "the claim must be released");
    }

    [Fact]
    public async Task Dispatch_WhenTheServiceStops_DoesNotCountItAsABrokerFailure()
    {
        var messages = Messages(1);
        using var stopping = new CancellationTokenSource();
        var publisher = new FakePublisher { OnPublish = stopping.Cancel };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Dispatcher(new FakeStore(messages), publisher).DispatchOnceAsync(stopping.Token));

        Assert.Equal(0, messages[0].Attempts);
    }

    private OutboxDispatcher Dispatcher(IOutboxStore store, IOutboxPublisher publisher) =>
        new(store, publisher, Options.Create(_options), _clock, NullLogger<OutboxDispatcher>.Instance);

    private List<OutboxMessage> Messages(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => OutboxMessage.For(
            new AllianceRegistered(Guid.NewGuid(), $"联盟{i}", "new_materials", _clock.GetUtcNow()), $"aggregate-{i}", _clock.GetUtcNow(), null)),
    ];

    private sealed class FakeStore(IReadOnlyList<OutboxMessage> due) : IOutboxStore, IOutboxBatch
    {
        public bool Completed { get; private set; }
        public bool Disposed { get; private set; }
        public IReadOnlyList<OutboxMessage> Messages => due;

        public Task<IOutboxBatch> ClaimAsync(int maxMessages, DateTimeOffset now, CancellationToken cancellationToken) =>
            Task.FromResult<IOutboxBatch>(this);

        public Task<int> DeleteSentBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task CompleteAsync(CancellationToken cancellationToken)
        {
            Completed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FakePublisher : IOutboxPublisher
    {
        public Guid? FailOn { get; init; }
        public bool FailAll { get; init; }
        public Action? OnPublish { get; init; }
        public List<OutboxMessage> Confirmed { get; } = [];

        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            OnPublish?.Invoke();
            cancellationToken.ThrowIfCancellationRequested();
            if (FailAll || message.Id == FailOn)
            {
                throw new TimeoutException("The broker did not confirm in time.");
            }
            lock (Confirmed)
            {
                Confirmed.Add(message);
            }
            return Task.CompletedTask;
        }
    }
}
