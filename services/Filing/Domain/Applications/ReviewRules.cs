using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The rules of the correction round (Art 11-3).</summary>
public static class ReviewRules
{
    public const int CorrectionItemsMax = 50;

    public static readonly RuleViolation CorrectionDeadlinePassed = new(
        "filing.correction_deadline_passed", "Art 11-3", "补正期限已过，不能再提交补正材料。",
        "The correction deadline has passed; the corrected materials can no longer be submitted.", RuleKind.Conflict);

    public static readonly RuleViolation CorrectionNotDue = new(
        "filing.correction_not_due", "Art 11-3", "补正期限尚未届满，申请不能作逾期失效处理。",
        "The correction deadline has not passed yet; the application cannot lapse.", RuleKind.Conflict);

    public static readonly RuleViolation TooManyCorrectionItems = new(
        "filing.too_many_correction_items", "Art 11-3", $"补正事项不能超过{CorrectionItemsMax}条。",
        $"A correction request lists at most {CorrectionItemsMax} items.");
}
