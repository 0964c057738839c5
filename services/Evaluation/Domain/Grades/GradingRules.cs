using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Evaluation.Domain.EvaluationRules;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The rules of grading (Art 23) and of its settings.</summary>
public static class GradingRules
{
    public static readonly RuleViolation ThresholdsInvalid = new(
        "evaluation.thresholds_invalid", "Art 23", "等级分数线须满足 100 ≥ A > B > C > 0，且至多两位小数。",
        "The grade thresholds satisfy 100 ≥ A > B > C > 0, to at most two decimals.");

    public static readonly RuleViolation TrimThresholdTooLow = new(
        "evaluation.trim_threshold_too_low", "Art 22",
        $"去掉最高分和最低分的专家人数下限不能少于{Number(EvaluationSettings.MinimumTrimFromExperts)}人。",
        $"The highest and lowest totals can only be dropped from at least {Number(EvaluationSettings.MinimumTrimFromExperts)} experts.");

    public static readonly RuleViolation NoticeTooShort = new(
        "evaluation.notice_too_short", "Art 23",
        $"评价结果公示期不能少于{Number(EvaluationSettings.MinimumNoticeWorkingDays)}个工作日。",
        $"The public notice of the grades lasts at least {Number(EvaluationSettings.MinimumNoticeWorkingDays)} working days.");

    public static readonly RuleViolation RectificationDaysInvalid = new(
        "evaluation.rectification_days_invalid", "Art 23",
        $"整改期限须在1至{Number(EvaluationSettings.MaxRectificationDays)}天之间。",
        $"The rectification period is between 1 and {Number(EvaluationSettings.MaxRectificationDays)} days.");

    public static readonly RuleViolation GradeUnknown = new(
        "evaluation.grade_unknown", "Art 23", "评价等级须为A、B、C或D。", "The grade is A, B, C or D.");

    public static readonly RuleViolation GradeUnchanged = new(
        "evaluation.grade_unchanged", "Art 23", "调整后的等级与现有等级相同。", "The adjusted grade is the grade the alliance already has.", RuleKind.Conflict);

    public static readonly RuleViolation AllianceRefusedAssessment = new(
        "evaluation.alliance_refused_assessment", "Art 21", "该联盟未按期自评，视为拒绝评价，不评定等级。",
        "The alliance did not assess itself in time, which counts as refusing assessment; it gets no grade.", RuleKind.Conflict);

    public static readonly RuleViolation GradesMissing = new(
        "evaluation.grades_missing", "Art 23", "尚有参评联盟没有评价等级，不能提请厅会议审议。",
        "Some alliances in scope have no grade yet; the grades cannot go to the department meeting.", RuleKind.Conflict);

    public static readonly RuleViolation MeetingReferenceRequired = new(
        "evaluation.meeting_reference_required", "Art 22", "请填写审议的厅会议（会议名称或纪要编号）。",
        "Name the department meeting that decided (its title or minutes number).");

    public static readonly RuleViolation MeetingInFuture = new(
        "evaluation.meeting_in_future", "Art 22", "厅会议日期不能晚于今天。", "The department meeting cannot be dated after today.");

    public static readonly RuleViolation NoticeStillOpen = new(
        "evaluation.notice_still_open", "Art 23", "公示期尚未结束，评价结果暂不能发布。",
        "The public notice is still running; the grades cannot be published yet.", RuleKind.Conflict);

    public static readonly RuleViolation NotAGradeD = new(
        "evaluation.not_a_grade_d", "Art 23", "只有D级联盟需要整改。", "Only a D-graded alliance is put under rectification.");
}
