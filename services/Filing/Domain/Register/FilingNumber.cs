using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// The register number of a filed alliance: HLJCXLM-{year}-{sequence}, the sequence zero-padded to four digits
/// (HLJCXLM-2026-0012) and longer only past 9999. One way of writing each number: HLJCXLM-2026-00012 does not parse.
/// </summary>
public sealed record FilingNumber
{
    public const string Prefix = "HLJCXLM";
    private const int MinSequenceDigits = 4;

    private FilingNumber(int year, int sequence) => (Year, Sequence) = (year, sequence);

    public int Year { get; }
    public int Sequence { get; }

    public static FilingNumber For(int year, int sequence)
    {
        if (year is < RegisterRules.MinYear or > RegisterRules.MaxYear || sequence < 1)
        {
            throw new RuleViolationException(RegisterRules.FilingNumberInvalid);
        }

        return new FilingNumber(year, sequence);
    }

    public static FilingNumber Parse(string? text) =>
        TryParse(text, out var number) ? number : throw new RuleViolationException(RegisterRules.FilingNumberInvalid);

    public static bool TryParse(string? text, [NotNullWhen(true)] out FilingNumber? number)
    {
        number = null;
        var parts = text?.Trim().Split('-');
        if (parts is not [Prefix, { Length: 4 } yearText, { Length: >= MinSequenceDigits and <= 10 } sequenceText]
            || !yearText.All(char.IsAsciiDigit) || !sequenceText.All(char.IsAsciiDigit))
        {
            return false;
        }

        var year = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (!int.TryParse(sequenceText, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || year < RegisterRules.MinYear || sequence < 1 || (sequenceText.Length > MinSequenceDigits && sequenceText[0] == '0'))
        {
            return false;
        }

        number = new FilingNumber(year, sequence);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year}-{Sequence:D4}");
}
