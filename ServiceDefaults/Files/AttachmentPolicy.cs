namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>
/// What an attachment may be (domain §7), and the article of the service's regulation that a refusal cites
/// (Filing: Art 12; Reporting: Art 13, 4-3). The size limit is a [policy default] setting.
/// </summary>
public sealed record AttachmentPolicy(string Article, long MaxBytes = AttachmentPolicy.DefaultMaxBytes)
{
    public const long BytesPerMiB = 1024 * 1024;
    /// <summary>20 MiB [policy default].</summary>
    public const long DefaultMaxBytes = 20 * BytesPerMiB;

    public string Article { get; init; } = !string.IsNullOrWhiteSpace(Article)
        ? Article
        : throw new ArgumentException("The article a refusal cites must be given.", nameof(Article));

    public long MaxBytes { get; init; } = MaxBytes > 0
        ? MaxBytes
        : throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "The size limit must be positive.");
}
