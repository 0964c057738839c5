using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The rules of the self-assessment (Art 21).</summary>
public static class SelfAssessmentRules
{
    public const int MaxEvidencePerIndicator = 20;
    /// <summary>The files one self-assessment may hold.</summary>
    public const int MaxFiles = 200;

    public static readonly RuleViolation WindowClosed = new(
        "evaluation.self_assessment_window_closed", "Art 21", "不在自评期内，不能填报或提交自评。",
        "The self-assessment window is not open; the self-assessment cannot be filled in or submitted.", RuleKind.Conflict);

    public static readonly RuleViolation OrganizationRequired = new(
        "evaluation.organization_required", "Art 21", "自评须由联盟所在单位的账户办理。", "A self-assessment is made from an account of the alliance's unit.");

    public static readonly RuleViolation EvidenceInvalid = new(
        "evaluation.evidence_invalid", "Art 21", $"每项指标至多附{MaxEvidencePerIndicator}个证明材料，且不能重复。",
        $"Each indicator has at most {MaxEvidencePerIndicator} distinct evidence attachments.");

    public static readonly RuleViolation EvidenceNotFound = new(
        "evaluation.evidence_not_found", "Art 21", "证明材料须先上传到本联盟本次评价的自评中，未找到所列文件。",
        "Evidence must first be uploaded to this alliance's self-assessment in this campaign; a file named was not found there.");

    public static readonly RuleViolation EvidenceInUse = new(
        "evaluation.evidence_in_use", "Art 21", "该证明材料已被自评指标引用，请先重新评分去掉该材料后再删除。",
        "An indicator's score names this evidence; score the indicator again without it before removing it.", RuleKind.Conflict);

    public static readonly RuleViolation TooManyFiles = new(
        "evaluation.too_many_evidence_files", "Art 21", $"一份自评至多上传{MaxFiles}个证明材料。",
        $"A self-assessment holds at most {MaxFiles} evidence files.");

    public static readonly RuleViolation NotEditable = new(
        "evaluation.self_assessment_not_editable", "Art 21", "自评已提交，不能再修改。",
        "The self-assessment has been submitted and can no longer be changed.", RuleKind.Conflict);

    public static readonly RuleViolation NotSubmitted = new(
        "evaluation.self_assessment_not_submitted", "Art 21", "自评尚未提交或已处理。",
        "The self-assessment is not waiting for the secretariat's check.", RuleKind.Conflict);

    public static readonly RuleViolation AlreadyStarted = new(
        "evaluation.self_assessment_exists", "Art 21", "该联盟本次评价的自评已存在。",
        "The alliance already has a self-assessment in this campaign.", RuleKind.Conflict);
}
