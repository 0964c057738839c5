using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>
/// A file chosen as evidence, read into memory so that a retry after an error sends the same bytes with the same key
/// (the upload is done once).
/// </summary>
public sealed class EvidenceUpload(string fileName, byte[] content)
{
    /// <summary>Evaluation's default cap (<c>Evaluation:MaxAttachmentBytes</c>, 20 MiB).</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public string FileName { get; } = fileName;
    public byte[] Content { get; } = content;
    public string Key { get; } = Guid.NewGuid().ToString("N");
    public ApiProblem? Problem { get; set; }
}
