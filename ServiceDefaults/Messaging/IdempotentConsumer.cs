using MassTransit;
using Microsoft.Extensions.Logging;

namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose effect is applied once per message id, however often the message is delivered.
/// Exceptions are never swallowed: MassTransit retries, then moves the message to <c>_error</c>.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(IInbox inbox, ILogger logger) : IConsumer<TMessage> where TMessage : class
{
    /// <summary>The stable name under which this consumer's receipts are kept; never rename it.</summary>
    protected abstract string ConsumerName { get; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} without a MessageId cannot be applied exactly once.");

        await using var receipt = await inbox.TryReceiveAsync(ConsumerName, messageId, context.CancellationToken);
        if (receipt is null)
        {
            MessagingTelemetry.DuplicatesSkipped.Add(1);
            logger.LogInformation("{Consumer} skipped message {MessageId}: already applied", ConsumerName, messageId);
            return;
        }

        await ApplyAsync(context.Message, context.CancellationToken);
        await receipt.CompleteAsync(context.CancellationToken);
    }

    /// <summary>Stages the effect in the service's DbContext; the inbox saves it with the receipt.</summary>
    protected abstract Task ApplyAsync(TMessage message, CancellationToken cancellationToken);
}
