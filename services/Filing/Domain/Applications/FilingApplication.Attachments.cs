using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The materials of the application (Art 12): the application form, the charter and other documents.</summary>
public sealed partial class FilingApplication
{
    private const int Sha256HexLength = 64;
    private const int ContentTypeMaxLength = 100;

    /// <summary>The states in which the applicant holds the application and may change its materials.</summary>
    private static readonly FilingStatus[] EditableStates = [FilingStatus.Draft, FilingStatus.Returned, FilingStatus.CorrectionRequested];

    private readonly List<AttachmentInfo> _attachments = [];

    public IReadOnlyList<AttachmentInfo> Attachments => _attachments;

    public void AddAttachment(AttachmentInfo attachment)
    {
        RequireStatus(Art12, EditableStates);
        var valid = Valid(attachment);
        Require(_attachments.All(a => a.Id != valid.Id), SubmissionRules.AttachmentAlreadyAdded);

        _attachments.Add(valid);
    }

    /// <summary>Puts <paramref name="replacement"/> in the place of the attachment <paramref name="attachmentId"/>.</summary>
    public void ReplaceAttachment(Guid attachmentId, AttachmentInfo replacement)
    {
        RequireStatus(Art12, EditableStates);
        var index = _attachments.FindIndex(a => a.Id == attachmentId);
        Require(index >= 0, SubmissionRules.AttachmentNotFound);
        var valid = Valid(replacement);
        Require(_attachments.All(a => a.Id != valid.Id || a.Id == attachmentId), SubmissionRules.AttachmentAlreadyAdded);

        _attachments[index] = valid;
    }

    public void RemoveAttachment(Guid attachmentId)
    {
        RequireStatus(Art12, EditableStates);
        var index = _attachments.FindIndex(a => a.Id == attachmentId);
        Require(index >= 0, SubmissionRules.AttachmentNotFound);

        _attachments.RemoveAt(index);
    }

    private bool HasAttachment(AttachmentKind kind) => _attachments.Any(a => a.Kind == kind);

    private static AttachmentInfo Valid(AttachmentInfo attachment)
    {
        Require(Enum.IsDefined(attachment.Kind), SubmissionRules.AttachmentKindUnknown);
        var fileName = attachment.FileName?.Trim() ?? "";
        var contentType = attachment.ContentType?.Trim() ?? "";
        var uploadedBy = attachment.UploadedBy?.Trim() ?? "";
        Require(
            attachment.Id != Guid.Empty
            && fileName.Length is > 0 and <= SubmissionRules.FileNameMaxLength
            && contentType.Length is > 0 and <= ContentTypeMaxLength
            && attachment.SizeBytes > 0
            && attachment.Sha256 is { Length: Sha256HexLength } sha && sha.All(char.IsAsciiHexDigit)
            && uploadedBy.Length > 0,
            SubmissionRules.AttachmentInvalid);

        return attachment with
        {
            FileName = fileName,
            ContentType = contentType,
            UploadedBy = uploadedBy,
            UploadedAt = attachment.UploadedAt.ToStoredPrecision(),
        };
    }
}
