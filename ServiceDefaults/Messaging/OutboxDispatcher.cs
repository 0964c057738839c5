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
/// Publishes one claimed batch in order; a row is marked sent only after the broker confirmed it.
/// The first failure ends the batch (the broker is probably away) and schedules that row's retry.
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
        var published = 0;
        var failed = false;
        foreach (var message in batch.Messages)
        {
            try
            {
                await publisher.PublishAsync(message, cancellationToken);
                message.MarkSent(clock.GetUtcNow());
                published++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                message.MarkFailed(ex.Message, clock.GetUtcNow(), settings.Backoff);
                failed = true;
                logger.LogWarning(ex, "Publishing outbox message {MessageId} ({EventName}) failed on attempt {Attempts}; retry at {NextAttemptAt}",
                    message.Id, message.EventName, message.Attempts, message.NextAttemptAt);
                break;
            }
        }

        if (batch.Messages.Count > 0)
        {
            await batch.CompleteAsync(cancellationToken);
        }
        MessagingTelemetry.Published.Add(published);
        if (failed)
        {
            MessagingTelemetry.PublishFailures.Add(1);
        }
        return new DispatchResult(batch.Messages.Count, published, failed);
    }
}
