using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>The rules of yellow cards (亮黄牌, Art 14).</summary>
public static class YellowCardRules
{
    public static readonly RuleViolation RectificationDaysInvalid = new(
        "yellow_card.rectification_days_invalid", "Art 14", $"整改期限须为1至{YellowCardSettings.MaxRectificationDays}天。",
        $"The rectification period is from 1 to {YellowCardSettings.MaxRectificationDays} days.");

    public static readonly RuleViolation AlreadyLifted = new(
        "yellow_card.already_lifted", "Art 14", "该黄牌已经撤销。", "This yellow card has already been lifted.", RuleKind.Conflict);
}
