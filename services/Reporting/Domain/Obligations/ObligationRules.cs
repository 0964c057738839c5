using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>The rules of who owes an annual report, for which year and by when (Art 13, 17).</summary>
public static class ObligationRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 9998;

    public static readonly RuleViolation DeadlineInvalid = new(
        "reporting.deadline_invalid", "Art 13", "年度报告截止日须为次年某月的有效日期（如1月31日）。",
        "The annual report deadline must be a valid day of a month of the following year (such as 31 January).");

    public static readonly RuleViolation YearInvalid = new(
        "reporting.year_invalid", "Art 13", $"报告年度须为{MinYear}年至{MaxYear}年之间的四位年份。",
        $"The report year is a four-digit year from {MinYear} to {MaxYear}.");

    public static readonly RuleViolation NotOwed = new(
        "reporting.not_owed", "Art 13", "该联盟不需要提交这一年度的年度报告：当年未备案，或已在截止日前被取消备案。",
        "The alliance owes no annual report for this year: it was not filed that year, or its filing was revoked before the deadline.",
        RuleKind.Conflict);

    public static readonly RuleViolation RevokedBeforeFiled = new(
        "reporting.revoked_before_filed", "Art 17", "取消备案的日期不能早于备案日期。",
        "A filing cannot be revoked with a date before the alliance was filed.");

    public static readonly RuleViolation FiledWhileRevoking = new(
        "reporting.filed_before_last_revocation", "Art 11-8", "重新备案的日期不能早于上一次取消备案的日期。",
        "An alliance filed again cannot be filed before the day its earlier filing was revoked.");
}
