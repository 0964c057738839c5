using System.Diagnostics;
using System.Text.Json;
using AlliancePlatform.Contracts;
using AlliancePlatform.ServiceDefaults.Http;

namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the state change
/// that raised it. <see cref="Id"/> is the message id the broker and every consumer will see.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; private init; }
    public long Sequence { get; private init; }
    public string AggregateId { get; private init; } = "";
    public string EventName { get; private init; } = "";
    public string Payload { get; private init; } = "";
    public string? TraceParent { get; private init; }
    public string? TraceState { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <param name="integrationEvent">Named and serialized by its runtime type, which must be a Contracts event.</param>
    public static OutboxMessage For(object integrationEvent, string aggregateId, DateTimeOffset now, Activity? activity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aggregateId);
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            AggregateId = aggregateId,
            EventName = IntegrationEventNames.NameOf(integrationEvent.GetType()),
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), PlatformJson.Options),
            TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            TraceState = activity?.TraceStateString,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    public object DeserializeEvent(out Type eventType)
    {
        eventType = IntegrationEventNames.TypeOf(EventName);
        return JsonSerializer.Deserialize(Payload, eventType, PlatformJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload.");
    }

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    public void MarkFailed(string error, DateTimeOffset now, RetryBackoff backoff)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = now + backoff.Delay(Attempts);
    }
}
