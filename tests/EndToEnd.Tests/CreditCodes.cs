using System.Security.Cryptography;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Fresh unified social credit codes with a correct check character (GB 32100-2015), written apart from the service's validator.</summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>A new code for a unit registered in <paramref name="division"/> (GB/T 2260), e.g. "230100" for Harbin.</summary>
    public static string New(string division = "230100", string prefix = "91")
    {
        var body = prefix + division + new string([.. Enumerable.Range(0, 9).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])]);
        return body + CheckCharacter(body);
    }

    public static char CheckCharacter(string first17)
    {
        var sum = first17.Select((c, i) => Alphabet.IndexOf(c) * Weights[i]).Sum();
        return Alphabet[(31 - sum % 31) % 31];
    }
}
