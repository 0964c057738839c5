using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The rules an administrative division code (行政区划代码, GB/T 2260) is checked against.</summary>
public static class RegionCodeRules
{
    public static readonly RuleViolation Required = new(
        "region_code.required", "GB/T 2260", "行政区划代码不能为空。", "The administrative division code is required.");

    public static readonly RuleViolation NotSixDigits = new(
        "region_code.not_six_digits", "GB/T 2260", "行政区划代码应为6位数字。", "An administrative division code is 6 digits.");

    public static readonly RuleViolation UnknownProvince = new(
        "region_code.unknown_province", "GB/T 2260", "行政区划代码的前两位不是省级行政区代码。",
        "The first two digits of the administrative division code are not a province code.");
}
