using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The rules the deadline settings are checked against.</summary>
public static class DeadlineRules
{
    public static readonly RuleViolation StageNotPositive = new(
        "filing.stage_deadline_not_positive", "Art 11", "每个审查环节的办理期限至少为1个工作日。",
        "Each review stage needs at least one working day.");

    public static readonly RuleViolation CorrectionNotPositive = new(
        "filing.correction_deadline_not_positive", "Art 11-3", "补正期限至少为1个工作日。",
        "The correction period needs at least one working day.");

    public static readonly RuleViolation NoticeTooShort = new(
        "filing.notice_too_short", "Art 11-7", $"公示期不少于{FilingDeadlines.MinimumNoticeWorkingDays}个工作日。",
        $"The public notice runs for at least {FilingDeadlines.MinimumNoticeWorkingDays} working days.");
}
