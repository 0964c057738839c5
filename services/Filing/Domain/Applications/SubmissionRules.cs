using System.Text;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The rules of the materials (Art 12) and of submitting them (Art 6, 11-1).</summary>
public static class SubmissionRules
{
    public const int FileNameMaxLength = 255;

    public static readonly RuleViolation AttachmentInvalid = new(
        "filing.attachment_invalid", "Art 12", "附件须有文件名、文件类型、大于0的大小和64位十六进制的SHA-256摘要。",
        "An attachment needs a file name, a content type, a size above zero and a SHA-256 digest of 64 hex digits.");

    public static readonly RuleViolation AttachmentKindUnknown = new(
        "filing.attachment_kind_unknown", "Art 12", "附件类别须为备案申请书、联盟章程或其他材料。",
        "An attachment is the application form, the charter, or another document.");

    public static readonly RuleViolation AttachmentAlreadyAdded = new(
        "filing.attachment_already_added", "Art 12", "该附件已在申请材料中。", "This attachment is already part of the application.", RuleKind.Conflict);

    public static readonly RuleViolation AttachmentNotFound = new(
        "filing.attachment_not_found", "Art 12", "申请材料中没有该附件。", "The application has no such attachment.");

    public static readonly RuleViolation ApplicationFormMissing = new(
        "filing.application_form_missing", "Art 12", "请上传联盟省级备案申请书。",
        "Upload the alliance's provincial filing application form before submitting.");

    public static readonly RuleViolation CharterMissing = new(
        "filing.charter_missing", "Art 12", "请上传联盟章程（协议）。", "Upload the alliance's charter (agreement) before submitting.");

    public static readonly RuleViolation EligibilityUnknown = new(
        "filing.eligibility_unknown", "Art 6", "尚未收到联盟成立条件的核查结果，请稍后再提交。",
        "The check of the alliance's formation conditions has not arrived yet; submit again a little later.", RuleKind.Conflict);

    /// <summary>The alliance does not meet the formation conditions; the message lists each one it fails.</summary>
    public static RuleViolation NotEligible(IReadOnlyList<EligibilityFailure> failures)
    {
        var zh = new StringBuilder("联盟尚不具备第六条规定的成立条件，不能申请备案：");
        var en = new StringBuilder("The alliance does not yet meet the formation conditions of Art 6 and cannot apply for filing:");
        foreach (var failure in failures)
        {
            zh.Append('\n').Append("· ").Append(failure.Message).Append('（').Append(failure.Article).Append('）');
            en.Append('\n').Append("· ").Append(failure.MessageEn).Append(" (").Append(failure.Article).Append(')');
        }
        return new RuleViolation("filing.not_eligible", "Art 6", zh.ToString(), en.ToString())
        {
            Details = [.. failures.Select(f => new RuleViolationDetail(f.Code, f.Article, f.Message, f.MessageEn))],
        };
    }
}
