namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// An attachment of an annual report as the aggregate knows it; the bytes live in the file store under
/// <paramref name="Id"/>, whose content type and size the upload endpoint has already checked (domain.md §7).
/// </summary>
/// <param name="Sha256">SHA-256 of the bytes, 64 hex digits.</param>
/// <param name="UploadedBy">The subject of who uploaded it.</param>
public sealed record ReportAttachment(
    Guid Id,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    DateTimeOffset UploadedAt,
    string UploadedBy);
