using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Evaluation.Domain.EvaluationRules;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The rules of a campaign (Art 19, 21) and its evaluation plan (Art 20).</summary>
public static class CampaignRules
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int MaxIndicators = 100;
    public const int CodeMaxLength = 20;
    public const decimal MaxScoreLimit = 1000m;
    public const decimal TotalWeight = 100m;

    public static readonly RuleViolation YearInvalid = new(
        "evaluation.year_invalid", "Art 19", $"评价年度须在{FirstYear}至{LastYear}年之间。", $"The campaign year is between {FirstYear} and {LastYear}.");

    public static readonly RuleViolation TitleRequired = new(
        "evaluation.title_required", "Art 19", "请填写评价工作名称。", "Give the campaign a title.");

    public static readonly RuleViolation WindowsInvalid = new(
        "evaluation.windows_invalid", "Art 21",
        "自评期和专家评审期须先开始后结束，且专家评审在自评结束之后开始。",
        "Each window closes on or after the day it opens, and the expert review opens after the self-assessment has closed.");

    public static readonly RuleViolation AllianceInvalid = new(
        "evaluation.alliance_invalid", "Art 19", "参评联盟须有标识、名称、产业领域和6位行政区划代码。",
        "An alliance in scope needs an id, a name, an industry field and a 6-digit region code.");

    public static readonly RuleViolation AllianceListedTwice = new(
        "evaluation.alliance_listed_twice", "Art 19", "同一联盟在参评名单中出现了两次。", "An alliance is listed twice in the scope.");

    public static readonly RuleViolation ScopeEmpty = new(
        "evaluation.scope_empty", "Art 19", "参评联盟名单为空，不能下发评价通知。",
        "No alliance is in scope; the campaign cannot be opened.", RuleKind.Conflict);

    public static RuleViolation AllianceNotFiled(IEnumerable<Guid> allianceIds) => new(
        "evaluation.alliance_not_filed", "Art 19", $"以下联盟未备案或已撤销备案，不能参评：{string.Join("、", allianceIds)}。",
        $"Only alliances filed and not revoked can be evaluated; these are not: {string.Join(", ", allianceIds)}.");

    public static readonly RuleViolation AllianceNotInScope = new(
        "evaluation.alliance_not_in_scope", "Art 19", "该联盟不在本次评价范围内。", "The alliance is not in this campaign's scope.");

    public static readonly RuleViolation PlanFrozen = new(
        "evaluation.plan_frozen", "Art 20", "评价通知已下发，评估工作方案已锁定，不能再修改。",
        "The campaign has been opened, so its evaluation plan is frozen and cannot change.", RuleKind.Conflict);

    public static readonly RuleViolation PlanEmpty = new(
        "evaluation.plan_empty", "Art 20", "评估工作方案尚无评价指标。", "The evaluation plan has no indicators.", RuleKind.Conflict);

    public static readonly RuleViolation TooManyIndicators = new(
        "evaluation.too_many_indicators", "Art 20", $"评价指标不能超过{MaxIndicators}项。", $"A plan has at most {MaxIndicators} indicators.");

    public static readonly RuleViolation IndicatorInvalid = new(
        "evaluation.indicator_invalid", "Art 20",
        $"每项指标须有代码、名称和评分标准；权重须大于0，满分须大于0且不超过{Number(MaxScoreLimit)}，均至多两位小数。",
        $"Each indicator needs a code, a name and a scoring guide; its weight is above 0 and its maximum score above 0 and at most {Number(MaxScoreLimit)}, both to at most two decimals.");

    public static RuleViolation SourceFieldUnknown(string field) => new(
        "evaluation.source_field_unknown", "Art 20",
        $"数据来源“{field}”不是年度报告的定量数据项，可选：{string.Join("、", ReportFigures.Names)}。",
        $"The source field '{field}' is not a figure of the annual report; use one of: {string.Join(", ", ReportFigures.Names)}.");

    public static readonly RuleViolation IndicatorCodeDuplicate = new(
        "evaluation.indicator_code_duplicate", "Art 20", "指标代码不能重复。", "Indicator codes are unique within a plan.");

    public static readonly RuleViolation DimensionMissing = new(
        "evaluation.dimension_missing", "Art 20", "评价内容须包括组织建设、活动开展、带动产业创新发展成效三个方面，每方面至少一项指标。",
        "The plan covers all three dimensions (organisation building, activities, impact on industrial innovation), each with at least one indicator.");

    public static RuleViolation WeightsNot100(decimal sum) => new(
        "evaluation.weights_not_100", "Art 20", $"各项指标权重之和须恰好为100，现为{Number(sum)}。",
        $"The indicator weights sum to exactly 100; they sum to {Number(sum)}.");

    public static readonly RuleViolation SelfAssessmentNotYetOpen = new(
        "evaluation.self_assessment_not_yet_open", "Art 21", "自评期尚未开始。", "The self-assessment window has not opened yet.", RuleKind.Conflict);

    public static readonly RuleViolation SelfAssessmentWindowStillOpen = new(
        "evaluation.self_assessment_window_still_open", "Art 21", "自评期尚未结束。", "The self-assessment window has not closed yet.", RuleKind.Conflict);

    public static readonly RuleViolation ExpertReviewNotYetOpen = new(
        "evaluation.expert_review_not_yet_open", "Art 22", "专家评审期尚未开始。", "The expert review window has not opened yet.", RuleKind.Conflict);

    public static readonly RuleViolation ExpertReviewWindowStillOpen = new(
        "evaluation.expert_review_window_still_open", "Art 22", "专家评审期尚未结束，各专家评分尚不能汇总。",
        "The expert review window has not closed yet; the scores cannot be combined.", RuleKind.Conflict);

    public static readonly RuleViolation NoGradesYet = new(
        "evaluation.no_grades_yet", "Art 23", "专家评审尚未结束，尚无评价结果，暂不能生成评价报告。",
        "The expert review has not closed, so there are no grades yet and no report.", RuleKind.Conflict);

    public static readonly RuleViolation OtherCampaign = new(
        "evaluation.other_campaign", "Art 19", "该记录不属于本次评价。", "The record belongs to another campaign.");
}
