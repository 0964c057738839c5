namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>A message a consumer has applied; its key (consumer, message id) makes redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public string Consumer { get; init; } = "";
    public Guid MessageId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}
