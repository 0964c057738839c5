using System.Globalization;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>
/// The rules every uploaded attachment is checked against (domain §7), citing the article of
/// <see cref="AttachmentPolicy.Article"/>.
/// </summary>
public static class AttachmentRules
{
    public static RuleViolation NameMissing(AttachmentPolicy policy) => new(
        "attachment.name_missing", ArticleOf(policy), "附件须有文件名。", "The attachment needs a file name.");

    public static RuleViolation Empty(AttachmentPolicy policy) => new(
        "attachment.empty", ArticleOf(policy), "附件内容为空。", "The attachment is empty.");

    public static RuleViolation TypeNotAllowed(AttachmentPolicy policy) => new(
        "attachment.type_not_allowed", ArticleOf(policy),
        "仅接受PDF文档、Word/Excel/PowerPoint文档（.doc、.docx、.xls、.xlsx、.ppt、.pptx）、OFD版式文档和PNG/JPEG图片，文件类型依据文件内容判断。",
        "Only PDF, Word/Excel/PowerPoint (.doc, .docx, .xls, .xlsx, .ppt, .pptx), OFD documents and PNG/JPEG images are accepted; the type is judged from the file's content.");

    public static RuleViolation TooLarge(AttachmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var limit = MiB(policy.MaxBytes);
        return new RuleViolation(
            "attachment.too_large", policy.Article, $"附件不能超过{limit}。", $"An attachment may be at most {limit}.");
    }

    public static RuleViolation ExtensionMismatch(AttachmentPolicy policy, string extension, DetectedFileType detected)
    {
        ArgumentNullException.ThrowIfNull(detected);
        var expected = string.Join(", ", detected.Extensions);
        var named = extension.Length == 0 ? "没有扩展名" : $"扩展名为“{extension}”";
        var namedEn = extension.Length == 0 ? "has no extension" : $"ends in “{extension}”";
        return new RuleViolation(
            "attachment.extension_mismatch", ArticleOf(policy),
            $"文件名{named}，但文件内容是{ChineseOf(detected.Description)}，应使用{expected}。",
            $"The file name {namedEn} but the content is {EnglishOf(detected.Description)}; expected {expected}.");
    }

    private static string ArticleOf(AttachmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Article;
    }

    private static string MiB(long bytes)
    {
        var mib = (decimal)bytes / AttachmentPolicy.BytesPerMiB;
        return bytes % AttachmentPolicy.BytesPerMiB == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{mib:0} MiB")
            : string.Create(CultureInfo.InvariantCulture, $"{mib:0.######} MiB ({bytes} bytes)");
    }

    private static string ChineseOf(string description) => description.Split(" / ")[0];

    private static string EnglishOf(string description) => description.Split(" / ")[^1];
}
