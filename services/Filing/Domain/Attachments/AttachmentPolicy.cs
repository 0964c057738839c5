namespace AlliancePlatform.Filing.Domain;

/// <summary>What an attachment may be (Art 12; domain §7). The size limit is a [policy default] setting.</summary>
public sealed record AttachmentPolicy(long MaxBytes = AttachmentPolicy.DefaultMaxBytes)
{
    public const long BytesPerMiB = 1024 * 1024;
    /// <summary>20 MiB [policy default].</summary>
    public const long DefaultMaxBytes = 20 * BytesPerMiB;

    public static AttachmentPolicy Default { get; } = new();

    public long MaxBytes { get; init; } = MaxBytes > 0
        ? MaxBytes
        : throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "The size limit must be positive.");
}
