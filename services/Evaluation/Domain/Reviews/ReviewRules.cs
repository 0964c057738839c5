using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The rules of the expert review (Art 22).</summary>
public static class ReviewRules
{
    public static readonly RuleViolation CandidateInvalid = new(
        "evaluation.expert_invalid", "Art 22", "专家须有登记标识、账户、姓名和所在单位统一社会信用代码。",
        "An expert needs a register id, an account, a name and the credit code of their unit.");

    public static readonly RuleViolation ConflictOfInterest = new(
        "evaluation.expert_conflict_of_interest", "Art 22", "该专家所在单位是联盟成员单位，存在利益冲突，不能评审该联盟。",
        "The expert's unit is a member of the alliance: a conflict of interest, so the expert cannot review it.");

    public static readonly RuleViolation AlreadyAssigned = new(
        "evaluation.expert_already_assigned", "Art 22", "该专家已被指派评审该联盟。", "The expert is already assigned to this alliance.", RuleKind.Conflict);

    public static readonly RuleViolation ExpertNotFound = new(
        "evaluation.expert_not_found", "Art 22", "该联盟的评审专家中没有该专家。", "The expert is not assigned to this alliance.");

    public static readonly RuleViolation ExpertHasScored = new(
        "evaluation.expert_has_scored", "Art 22", "该专家已提交评分，不能撤回指派。",
        "The expert has handed in their scores and cannot be taken off.", RuleKind.Conflict);

    public static readonly RuleViolation NotAssignedExpert = new(
        "evaluation.not_assigned_expert", "Art 22", "您未被指派评审该联盟，不能评分。",
        "You are not assigned to review this alliance, so you cannot score it.", RuleKind.Conflict);

    public static readonly RuleViolation AlreadySubmitted = new(
        "evaluation.expert_scores_submitted", "Art 22", "您已提交评分，不能再修改。",
        "You have handed in your scores; they can no longer change.", RuleKind.Conflict);

    public static readonly RuleViolation WindowClosed = new(
        "evaluation.expert_review_window_closed", "Art 22", "不在专家评审期内，不能评分。",
        "The expert review window is not open; no scores can be given.", RuleKind.Conflict);

    public static readonly RuleViolation ReviewNotClosed = new(
        "evaluation.expert_review_not_closed", "Art 22", "专家评审尚未结束，评分表暂不能查看。",
        "The expert review has not closed yet, so the score sheet is not available.", RuleKind.Conflict);
}
