namespace AlliancePlatform.Filing.Persistence;

/// <summary>
/// The bytes of an attachment, kept in the service's database: committed with the application in one transaction
/// and backed up with it, so an attachment the application lists always exists.
/// </summary>
public sealed class AttachmentContentRow
{
    public Guid AttachmentId { get; init; }
    public Guid ApplicationId { get; init; }
    public byte[] Content { get; init; } = [];
}
