using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>The rules achievements are registered by (成果汇交, Art 4-3).</summary>
public static class AchievementRules
{
    public const int MaxEvidence = 20;

    public static readonly RuleViolation TypeUnknown = new(
        "achievement.type_unknown", "Art 4-3", "成果类型须为专利、标准、产品、技术或成果转移转化合同。",
        "An achievement is a patent, a standard, a product, a technology or a transfer contract.");

    public static readonly RuleViolation TitleRequired = new(
        "achievement.title_required", "Art 4-3", "请填写成果名称。", "Give the achievement's title.");

    public static readonly RuleViolation DateInFuture = new(
        "achievement.date_in_future", "Art 4-3", "成果日期不能晚于今天。", "The achievement's date cannot be later than today.");

    public static readonly RuleViolation ValueInvalid = new(
        "achievement.value_invalid", "Art 4-3", "金额须为不小于0的金额（元），最多两位小数。",
        "The value is an amount in yuan, not negative, with at most two decimals.");

    public static readonly RuleViolation ContractValueRequired = new(
        "achievement.contract_value_required", "Art 4-3", "成果转移转化合同须填写合同金额（元）。",
        "A transfer contract needs its contract value in yuan.");

    public static readonly RuleViolation EvidenceRequired = new(
        "achievement.evidence_required", "Art 4-3", "请上传至少一份证明材料（如专利证书、标准文本、合同）。",
        "Upload at least one piece of evidence (such as the patent certificate, the standard, the contract).");

    public static readonly RuleViolation EvidenceInvalid = new(
        "achievement.evidence_invalid", "Art 4-3", $"证明材料须为已上传的附件，不重复，最多{MaxEvidence}份。",
        $"Evidence must be uploaded attachments, each once, at most {MaxEvidence}.");

    public static readonly RuleViolation EvidenceInUse = new(
        "achievement.evidence_in_use", "Art 4-3", "该证明材料已用于登记的成果，不能删除。",
        "This evidence proves a registered achievement and cannot be removed.", RuleKind.Conflict);

    /// <summary>
    /// Evidence may be named by an achievement only when the alliance uploaded it: every id of
    /// <paramref name="evidenceIds"/> is among <paramref name="uploaded"/> and is the alliance's own.
    /// </summary>
    public static bool AreUploadedBy(Guid allianceId, IReadOnlyCollection<Guid> evidenceIds, IEnumerable<EvidenceFile> uploaded)
    {
        ArgumentNullException.ThrowIfNull(evidenceIds);
        ArgumentNullException.ThrowIfNull(uploaded);
        var own = uploaded.Where(f => f.AllianceId == allianceId).Select(f => f.Id).ToHashSet();
        return evidenceIds.All(own.Contains);
    }
}
