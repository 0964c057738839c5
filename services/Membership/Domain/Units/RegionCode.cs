using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>An administrative division code (行政区划代码, GB/T 2260): 6 digits, the first two naming the province.</summary>
public sealed record RegionCode
{
    public const int Length = 6;
    public const string HeilongjiangProvince = "23";
    /// <summary>Registration authorities at national level use this code in place of a province's.</summary>
    public const string National = "100000";

    private static readonly FrozenSet<string> ProvinceCodes = FrozenSet.ToFrozenSet(
    [
        "11", "12", "13", "14", "15",
        "21", "22", "23",
        "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54",
        "61", "62", "63", "64", "65",
        "71", "81", "82",
    ]);

    private RegionCode(string value) => Value = value;

    public string Value { get; }
    public string Province => Value[..2];
    public bool IsNational => Value == National;
    public bool IsInHeilongjiang => Province == HeilongjiangProvince;

    public static RegionCode Parse(string? text)
    {
        var violation = Check(text);
        if (violation is not null)
        {
            throw new RuleViolationException(violation);
        }

        return new RegionCode(text!.Trim());
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out RegionCode? code)
    {
        code = Check(text) is null ? new RegionCode(text!.Trim()) : null;
        return code is not null;
    }

    /// <summary>The first rule the text breaks, or null when it is a valid code.</summary>
    public static RuleViolation? Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return RegionCodeRules.Required;
        }

        var code = text.Trim();
        if (code.Length != Length || !code.All(char.IsAsciiDigit))
        {
            return RegionCodeRules.NotSixDigits;
        }

        return code == National || ProvinceCodes.Contains(code[..2]) ? null : RegionCodeRules.UnknownProvince;
    }

    public override string ToString() => Value;
}
