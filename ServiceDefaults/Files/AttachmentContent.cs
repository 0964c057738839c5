using System.Security.Cryptography;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>An attachment that passed <see cref="AttachmentContent.Inspect"/>: what is kept beside its bytes.</summary>
/// <param name="Sha256">The SHA-256 of the content, lower-case hex.</param>
public sealed record InspectedAttachment(string FileName, string ContentType, long SizeBytes, string Sha256);

/// <summary>Checks an uploaded attachment (domain §7): name, size, type from the bytes, and its SHA-256.</summary>
public static class AttachmentContent
{
    public static InspectedAttachment Inspect(string? fileName, byte[] content, AttachmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(policy);

        var name = AttachmentFileName.Sanitize(fileName);
        Require(name.Length > 0, AttachmentRules.NameMissing(policy));
        Require(content.Length > 0, AttachmentRules.Empty(policy));
        if (content.LongLength > policy.MaxBytes)
        {
            throw new RuleViolationException(AttachmentRules.TooLarge(policy));
        }

        var extension = AttachmentFileName.ExtensionOf(name);
        var type = FileTypeSniffer.Detect(content, extension) ?? throw new RuleViolationException(AttachmentRules.TypeNotAllowed(policy));
        if (extension.Length == 0 && type.Extension.Length > 0)
        {
            name = AttachmentFileName.WithExtension(name, type.Extension);
        }
        else if (!type.Fits(extension))
        {
            throw new RuleViolationException(AttachmentRules.ExtensionMismatch(policy, extension, type));
        }

        return new InspectedAttachment(name, type.ContentType, content.LongLength, Sha256Hex(content));
    }

    /// <summary>The SHA-256 of <paramref name="content"/> as 64 lower-case hex digits.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static void Require(bool condition, RuleViolation violation)
    {
        if (!condition)
        {
            throw new RuleViolationException(violation);
        }
    }
}
