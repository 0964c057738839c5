namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>An uploaded file as the API shows it: a report's attachment, an achievement's or a self-assessment's evidence.</summary>
/// <param name="Sha256">SHA-256 of the bytes, 64 lower-case hex digits, to check a download against.</param>
public sealed record FileResponse(Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt);
