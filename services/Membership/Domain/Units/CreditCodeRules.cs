using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The rules a unified social credit code (统一社会信用代码) is checked against, per GB 32100-2015.</summary>
public static class CreditCodeRules
{
    public static readonly RuleViolation Required = new(
        "credit_code.required", "GB 32100-2015", "统一社会信用代码不能为空。", "The unified social credit code is required.");

    public static readonly RuleViolation WrongLength = new(
        "credit_code.wrong_length", "GB 32100-2015", "统一社会信用代码应为18位。", "A unified social credit code has 18 characters.");

    public static readonly RuleViolation LowerCase = new(
        "credit_code.lower_case", "GB 32100-2015", "统一社会信用代码中的字母须大写，不接受小写字母。",
        "Letters in a unified social credit code are capitals; lower case is not accepted.");

    public static readonly RuleViolation ForbiddenCharacter = new(
        "credit_code.forbidden_character", "GB 32100-2015", "统一社会信用代码只能由数字和除I、O、S、V、Z以外的大写字母组成。",
        "A unified social credit code uses only digits and capital letters other than I, O, S, V and Z.");

    public static readonly RuleViolation BadDivision = new(
        "credit_code.bad_division", "GB 32100-2015", "统一社会信用代码第3至8位不是有效的行政区划代码（GB/T 2260）。",
        "Characters 3 to 8 of the unified social credit code are not a valid administrative division code (GB/T 2260).");

    public static readonly RuleViolation BadCheckCharacter = new(
        "credit_code.bad_check_character", "GB 32100-2015", "统一社会信用代码的校验码不正确，请核对。",
        "The check character of the unified social credit code is wrong; please check the code.");
}
