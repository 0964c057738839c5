using AlliancePlatform.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http;

namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>An uploaded file that passed <see cref="AttachmentContent.Inspect"/>, with its bytes.</summary>
public sealed record CheckedUpload(InspectedAttachment Description, byte[] Content);

/// <summary>Reads an uploaded form file and checks it (domain §7); a file declared larger than the limit is refused unread.</summary>
public static class FormFiles
{
    /// <summary>The validation error of a request without its <c>file</c> part.</summary>
    public const string FileMissing = "请选择要上传的文件。 / Choose a file to upload.";

    public static async Task<CheckedUpload> ReadAsync(IFormFile file, AttachmentPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(policy);
        if (file.Length > policy.MaxBytes)
        {
            throw new RuleViolationException(AttachmentRules.TooLarge(policy));
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        return new CheckedUpload(AttachmentContent.Inspect(file.FileName, content, policy), content);
    }
}
