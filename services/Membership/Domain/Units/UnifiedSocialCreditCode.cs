using System.Diagnostics.CodeAnalysis;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015): registration authority (1), organisation type (1),
/// administrative division (6), organisation code (9) and a check character (1).
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;
    /// <summary>The 31 characters a code is written in, in the order of their values 0 to 30.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }
    /// <summary>登记管理部门码, e.g. 9 for market regulation (工商), 1 for establishment offices (机构编制).</summary>
    public char RegistrationAuthority => Value[0];
    /// <summary>机构类别码, e.g. 1 for an enterprise under market regulation, 2 for a public institution.</summary>
    public char OrganisationType => Value[1];
    public RegionCode AdministrativeDivision => RegionCode.Parse(Value.Substring(2, RegionCode.Length));
    /// <summary>主体标识码: the former organisation code (组织机构代码).</summary>
    public string OrganisationCode => Value.Substring(8, 9);
    public char CheckCharacter => Value[Length - 1];
    public bool IsRegisteredInHeilongjiang => AdministrativeDivision.IsInHeilongjiang;

    public static UnifiedSocialCreditCode Parse(string? text)
    {
        var violation = Check(text);
        if (violation is not null)
        {
            throw new RuleViolationException(violation);
        }

        return new UnifiedSocialCreditCode(text!.Trim());
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out UnifiedSocialCreditCode? code)
    {
        code = Check(text) is null ? new UnifiedSocialCreditCode(text!.Trim()) : null;
        return code is not null;
    }

    /// <summary>The first rule the text breaks, or null when it is a valid code.</summary>
    public static RuleViolation? Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CreditCodeRules.Required;
        }

        var code = text.Trim();
        if (code.Length != Length)
        {
            return CreditCodeRules.WrongLength;
        }

        if (code.Any(char.IsAsciiLetterLower))
        {
            return CreditCodeRules.LowerCase;
        }

        if (!code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return CreditCodeRules.ForbiddenCharacter;
        }

        if (RegionCode.Check(code.Substring(2, RegionCode.Length)) is not null)
        {
            return CreditCodeRules.BadDivision;
        }

        return ComputeCheckCharacter(code[..(Length - 1)]) == code[Length - 1] ? null : CreditCodeRules.BadCheckCharacter;
    }

    /// <summary>The check character for the first 17 characters of a code, all from <see cref="Alphabet"/>.</summary>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"Expected {Length - 1} characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a credit code character.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }

    public override string ToString() => Value;
}
