using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>Rows claimed by one relay: locked so no other replica publishes them, until completed.</summary>
public interface IOutboxBatch : IAsyncDisposable
{
    IReadOnlyList<OutboxMessage> Messages { get; }
    /// <summary>Persists what was marked on the messages and releases the claim.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}

public interface IOutboxStore
{
    Task<IOutboxBatch> ClaimAsync(int maxMessages, DateTimeOffset now, CancellationToken cancellationToken);
    Task<int> DeleteSentBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

public interface IOutboxPublisher
{
    /// <summary>Completes only when the broker has confirmed the message.</summary>
    Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken);
}

public sealed record DispatchResult(int Claimed, int Published, bool Failed)
{
    /// <summary>A full batch went out cleanly: more may be waiting.</summary>
    public bool MoreMayBeWaiting(int batchSize) => !Failed && Claimed >= batchSize;
}

/// <summary>
/// Publishes one claimed batch; a row is marked sent only after the broker confirmed it, and a row whose
/// publish failed is scheduled for a retry with backoff. A batch holds at most one row per aggregate
/// (the store skips rows behind an unsent one), so its rows are published concurrently without
/// breaking per-aggregate order, and broker confirms are pipelined.
/// </summary>
public sealed class OutboxDispatcher(
    IOutboxStore store,
    IOutboxPublisher publisher,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    public async Task<DispatchResult> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var batch = await store.ClaimAsync(settings.BatchSize, clock.GetUtcNow(), cancellationToken);
        if (batch.Messages.Count == 0)
        {
            return new DispatchResult(0, 0, Failed: false);
        }

        var outcomes = await Task.WhenAll(batch.Messages.Select(message => PublishAsync(message, cancellationToken)));
        cancellationToken.ThrowIfCancellationRequested();
        var now = clock.GetUtcNow();
        foreach (var (message, error) in outcomes)
        {
            if (error is null)
            {
                message.MarkSent(now);
                continue;
            }
            message.MarkFailed(error.Message, now, settings.Backoff);
            logger.LogWarning(error, "Publishing outbox message {MessageId} ({EventName}) failed on attempt {Attempts}; retry at {NextAttemptAt}",
                message.Id, message.EventName, message.Attempts, message.NextAttemptAt);
        }
        await batch.CompleteAsync(cancellationToken);

        var published = outcomes.Count(o => o.Error is null);
        MessagingTelemetry.Published.Add(published);
        MessagingTelemetry.PublishFailures.Add(outcomes.Length - published);
        return new DispatchResult(outcomes.Length, published, Failed: published < outcomes.Length);
    }

    private async Task<(OutboxMessage Message, Exception? Error)> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await publisher.PublishAsync(message, cancellationToken);
            return (message, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (message, ex);
        }
    }
}
