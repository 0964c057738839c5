namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>A message a consumer has applied; its key (consumer, message id) makes redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public string Consumer { get; init; } = "";
    public Guid MessageId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    /// <summary>The trace that applied the message, to follow it back to the request that raised it.</summary>
    public string? TraceId { get; init; }
    /// <summary>How many later deliveries of the same message were skipped.</summary>
    public int DuplicateDeliveries { get; init; }
}
