using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The rules the provincial register of filed alliances is kept by, each with its article.</summary>
public static class RegisterRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 9999;

    public static readonly RuleViolation DocumentNumberInvalid = new(
        "register.document_number_invalid", "Art 11-8",
        "发文字号格式应为“黑科发〔2026〕12号”：发文机关代字、六角括号括入的四位年份、不编虚位的顺序号加“号”。",
        "A document number reads like “黑科发〔2026〕12号”: the issuer's prefix, the four-digit year in 〔〕, and the sequence number without leading zeros followed by 号.");

    public static readonly RuleViolation FilingNumberInvalid = new(
        "register.filing_number_invalid", "Art 11-8",
        "备案编号格式应为“HLJCXLM-2026-0012”：四位年份和至少四位的顺序号（从1起）。",
        "A filing number reads like “HLJCXLM-2026-0012”: the four-digit year and a sequence number of at least four digits, from 1.");

    public static readonly RuleViolation FiledOnInFuture = new(
        "register.filed_on_in_future", "Art 11-8", "备案日期不能晚于今天。", "The filing date cannot be later than today.");

    public static readonly RuleViolation RevokedBeforeFiled = new(
        "register.revoked_before_filed", "Art 17", "取消备案的日期不能早于备案日期。",
        "A filing cannot be revoked with a date before the alliance was filed.");

    public static readonly RuleViolation AlreadyRevoked = new(
        "register.already_revoked", "Art 17", "该联盟的省级备案资格已被取消。",
        "The alliance's provincial filing has already been revoked.", RuleKind.Conflict);
}
