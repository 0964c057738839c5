using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The rules of the expert consultation (Art 11-5, 11-6).</summary>
public static class ExpertPanelRules
{
    public static readonly RuleViolation CandidateInvalid = new(
        "filing.expert_invalid", "Art 11-5", "专家须有账户、姓名、所在单位统一社会信用代码，并注明是科技管理专家还是行业技术专家。",
        "An expert needs an account, a name, the credit code of their unit, and whether they are a science and technology management or an industry expert.");

    public static readonly RuleViolation ConflictOfInterest = new(
        "filing.expert_conflict_of_interest", "Art 11-5", "该专家所在单位是联盟成员单位，存在利益冲突，不能参加本次专家咨询。",
        "The expert's unit is a member of the alliance: a conflict of interest, so the expert cannot sit on this panel.");

    public static readonly RuleViolation AlreadyOnPanel = new(
        "filing.expert_already_on_panel", "Art 11-5", "该专家已在专家组中。", "The expert is already on the panel.", RuleKind.Conflict);

    public static readonly RuleViolation NotOnPanel = new(
        "filing.expert_not_on_panel", "Art 11-5", "专家组中没有该专家。", "The expert is not on the panel.");

    public static readonly RuleViolation ExpertHasOpinion = new(
        "filing.expert_has_opinion", "Art 11-5", "该专家已提交咨询意见，不能移出专家组。",
        "The expert has already given an opinion and cannot be taken off the panel.", RuleKind.Conflict);

    public static readonly RuleViolation NotAssignedExpert = new(
        "filing.not_assigned_expert", "Art 11-5", "您不是本申请专家组的成员，不能提交咨询意见。",
        "You are not on this application's expert panel, so you cannot give an opinion on it.", RuleKind.Conflict);

    public static readonly RuleViolation OpinionUnknown = new(
        "filing.opinion_unknown", "Art 11-5", "咨询意见须为同意、有条件同意或不同意。",
        "The opinion is supports, supports with conditions, or opposes.");

    public static readonly RuleViolation OpinionTextRequired = new(
        "filing.opinion_text_required", "Art 11-5", "请填写咨询意见的具体内容。", "Write out the opinion.");

    public static readonly RuleViolation OpinionAlreadyRecorded = new(
        "filing.opinion_already_recorded", "Art 11-5", "您已提交过咨询意见，不能重复提交或修改。",
        "You have already given your opinion; it cannot be given again or changed.", RuleKind.Conflict);

    public static readonly RuleViolation PanelIncomplete = new(
        "filing.panel_incomplete", "Art 11-5", "专家组须至少包括一名科技管理专家和一名相关行业技术专家。",
        "The panel needs at least one science and technology management expert and one industry expert.", RuleKind.Conflict);

    public static readonly RuleViolation OpinionsMissing = new(
        "filing.opinions_missing", "Art 11-5", "专家组成员尚未全部提交咨询意见。",
        "Not every expert on the panel has given an opinion yet.", RuleKind.Conflict);

    public static readonly RuleViolation ConsolidatedOpinionRequired = new(
        "filing.consolidated_opinion_required", "Art 11-6", "请根据专家咨询意见填写综合备案意见。",
        "Write the consolidated filing opinion drawn from the experts' opinions.");
}
