namespace AlliancePlatform.Reporting.Persistence;

/// <summary>
/// The bytes of an uploaded file (a report's attachment or an achievement's evidence), kept in reportingdb beside its
/// description and committed in the same transaction (domain §7).
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; init; }
    public byte[] Content { get; init; } = [];
}
