using AlliancePlatform.Membership.Domain;
using CsCheck;

namespace AlliancePlatform.Membership.Tests;

/// <summary>
/// Every weight is below 31, a prime, so changing any one character changes the weighted sum modulo 31: a single
/// substitution can never keep the check character right.
/// </summary>
public class UnifiedSocialCreditCodePropertyTests
{
    private const string Alphabet = UnifiedSocialCreditCode.Alphabet;
    private const string ForbiddenCharacters = "IOSVZ-/ .ioavz９";

    private static readonly string[] Provinces =
        ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
         "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"];

    private static readonly Gen<string> ValidCode =
        Gen.Select(
            Gen.Char[Alphabet],
            Gen.Char[Alphabet],
            Gen.OneOf(Provinces),
            Gen.Char['0', '9'].Array[4],
            Gen.Char[Alphabet].Array[9],
            (authority, type, province, district, organisation) =>
            {
                var first17 = $"{authority}{type}{province}{new string(district)}{new string(organisation)}";
                return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
            });

    [Fact]
    public void GB32100_EveryCodeWithACorrectCheckCharacter_IsAccepted() =>
        ValidCode.Sample(code => Assert.Null(UnifiedSocialCreditCode.Check(code)), iter: 1000);

    [Fact]
    public void GB32100_EverySingleSubstitution_IsRejected() =>
        ValidCode.Sample(code =>
        {
            for (var position = 0; position < code.Length; position++)
            {
                foreach (var replacement in Alphabet.Where(c => c != code[position]))
                {
                    var corrupted = Substitute(code, position, replacement);
                    var expected = RegionCode.Check(corrupted.Substring(2, 6)) is null
                        ? CreditCodeRules.BadCheckCharacter
                        : CreditCodeRules.BadDivision;
                    Assert.Equal(expected, UnifiedSocialCreditCode.Check(corrupted));
                }

                foreach (var forbidden in ForbiddenCharacters)
                {
                    Assert.NotNull(UnifiedSocialCreditCode.Check(Substitute(code, position, forbidden)));
                }
            }
        }, iter: 100);

    private static string Substitute(string code, int position, char replacement) =>
        string.Concat(code.AsSpan(0, position), new ReadOnlySpan<char>(in replacement), code.AsSpan(position + 1));
}
