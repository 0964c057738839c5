namespace AlliancePlatform.Filing.Domain;

/// <summary>What an attachment is for (Art 12); serialized in snake_case.</summary>
public enum AttachmentKind
{
    /// <summary>联盟省级备案申请书.</summary>
    ApplicationForm,
    /// <summary>联盟章程（协议）.</summary>
    Charter,
    /// <summary>其他相关材料.</summary>
    Other,
}

/// <summary>
/// An attachment of the application as the aggregate knows it; the bytes live in the file store under <paramref name="Id"/>,
/// whose content type and size the upload endpoint has already checked (domain.md §7).
/// </summary>
/// <param name="Sha256">SHA-256 of the bytes, 64 hex digits.</param>
/// <param name="UploadedBy">The subject of who uploaded it.</param>
public sealed record AttachmentInfo(
    Guid Id,
    AttachmentKind Kind,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    DateTimeOffset UploadedAt,
    string UploadedBy);
