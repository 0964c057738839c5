using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>Publishes an outbox row through MassTransit with the row id as MessageId, inside the trace that wrote it.</summary>
internal sealed class MassTransitOutboxPublisher(IBus bus, IOptions<OutboxOptions> options) : IOutboxPublisher
{
    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var integrationEvent = message.DeserializeEvent(out var eventType);
        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var writer);
        using var activity = MessagingTelemetry.Source.StartActivity($"outbox relay {message.EventName}", ActivityKind.Internal, writer);
        activity?.SetTag("messaging.message.id", message.Id.ToString());

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        await bus.Publish(integrationEvent, eventType, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = message.Id;
            context.Durable = true;
        }), timeout.Token);
    }
}
