using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// A file the alliance uploaded as evidence for its self-assessment (证明材料, Art 21), checked on upload (domain §7);
/// the bytes are kept apart under <see cref="Id"/>. Items name the files that prove their score.
/// </summary>
public sealed class SelfAssessmentFile
{
    private SelfAssessmentFile()
    {
    }

    public Guid Id { get; private init; }
    public string FileName { get; private init; } = "";
    public string ContentType { get; private init; } = "";
    public long SizeBytes { get; private init; }
    /// <summary>SHA-256 of the bytes, 64 lower-case hex digits.</summary>
    public string Sha256 { get; private init; } = "";
    public DateTimeOffset UploadedAt { get; private init; }
    /// <summary>The subject of who uploaded it.</summary>
    public string UploadedBy { get; private init; } = "";

    internal static SelfAssessmentFile Of(InspectedAttachment file, string uploadedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        FileName = file.FileName,
        ContentType = file.ContentType,
        SizeBytes = file.SizeBytes,
        Sha256 = file.Sha256,
        UploadedAt = now.Stored(),
        UploadedBy = uploadedBy,
    };
}
