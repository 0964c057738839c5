using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// The number of the document that publishes the filed alliances (Art 11-8), e.g. 黑科发〔2026〕12号: the issuer's
/// prefix (发文机关代字), the year in hexagonal brackets and the sequence number with no leading zeros (GB/T 9704-2012
/// 7.2.4). The prefix is a setting; <see cref="DefaultPrefix"/> until it is set.
/// </summary>
public sealed record DocumentNumber
{
    public const string DefaultPrefix = "黑科发";
    private const char OpenBracket = '〔';
    private const char CloseBracket = '〕';
    private const char Suffix = '号';

    /// <summary>Brackets typed in place of 〔〕, accepted when parsing and written as 〔〕.</summary>
    private static readonly (char Open, char Close)[] BracketsTyped = [('〔', '〕'), ('[', ']'), ('［', '］'), ('【', '】')];

    private DocumentNumber(string prefix, int year, int sequence) => (Prefix, Year, Sequence) = (prefix, year, sequence);

    public string Prefix { get; }
    public int Year { get; }
    public int Sequence { get; }

    public static DocumentNumber For(int year, int sequence, string prefix = DefaultPrefix)
    {
        if (!IsValidPrefix(prefix) || year is < RegisterRules.MinYear or > RegisterRules.MaxYear || sequence < 1)
        {
            throw new RuleViolationException(RegisterRules.DocumentNumberInvalid);
        }

        return new DocumentNumber(prefix, year, sequence);
    }

    public static DocumentNumber Parse(string? text, string prefix = DefaultPrefix) =>
        TryParse(text, out var number, prefix) ? number : throw new RuleViolationException(RegisterRules.DocumentNumberInvalid);

    /// <summary>Reads a number with the given prefix; 〔〕 may have been typed as [], ［］ or 【】.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentNumber? number, string prefix = DefaultPrefix)
    {
        number = null;
        var value = text?.Trim();
        if (value is null || !IsValidPrefix(prefix) || !value.StartsWith(prefix, StringComparison.Ordinal) || !value.EndsWith(Suffix))
        {
            return false;
        }

        var rest = value[prefix.Length..^1];
        const int yearDigits = 4;
        foreach (var (open, close) in BracketsTyped)
        {
            if (rest.Length > yearDigits + 2 && rest[0] == open && rest[yearDigits + 1] == close
                && TryReadNumber(rest[1..(yearDigits + 1)], out var year) && year >= RegisterRules.MinYear
                && TryReadNumber(rest[(yearDigits + 2)..], out var sequence))
            {
                number = new DocumentNumber(prefix, year, sequence);
                return true;
            }
        }

        return false;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{OpenBracket}{Year}{CloseBracket}{Sequence}{Suffix}");

    /// <summary>ASCII digits with no leading zero, as GB/T 9704 writes numbers (不编虚位).</summary>
    private static bool TryReadNumber(string digits, out int value)
    {
        value = 0;
        return digits.Length is > 0 and <= 10 && digits[0] != '0' && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsValidPrefix(string? prefix) =>
        !string.IsNullOrWhiteSpace(prefix) && prefix.Length <= 20 && prefix == prefix.Trim()
        && !prefix.Any(c => char.IsDigit(c) || c == Suffix || BracketsTyped.Any(b => b.Open == c || b.Close == c));
}
