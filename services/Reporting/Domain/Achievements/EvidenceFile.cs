namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// A file an alliance uploaded as evidence of its achievements (成果汇交, Art 4-3): a patent certificate, a standard's
/// text, a contract. The bytes live in the file store under <paramref name="Id"/>, checked on upload (domain §7); an
/// achievement names the files that prove it, and a file that proves one is kept.
/// </summary>
/// <param name="Sha256">SHA-256 of the bytes, 64 hex digits.</param>
/// <param name="UploadedBy">The subject of who uploaded it.</param>
public sealed record EvidenceFile(
    Guid Id,
    Guid AllianceId,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    DateTimeOffset UploadedAt,
    string UploadedBy);
