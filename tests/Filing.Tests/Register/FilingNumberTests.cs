using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using CsCheck;

namespace AlliancePlatform.Filing.Tests.Register;

public class FilingNumberTests
{
    [Theory]
    [InlineData(2026, 12, "HLJCXLM-2026-0012")]
    [InlineData(2026, 1, "HLJCXLM-2026-0001")]
    [InlineData(2026, 9999, "HLJCXLM-2026-9999")]
    [InlineData(2026, 10000, "HLJCXLM-2026-10000")]
    public void Art11_8_For_PadsTheSequenceToFourDigits(int year, int sequence, string written)
    {
        var number = FilingNumber.For(year, sequence);

        Assert.Equal(written, number.ToString());
        Assert.Equal((year, sequence), (number.Year, number.Sequence));
    }

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(1999, 1)]
    [InlineData(10000, 1)]
    public void Art11_8_For_OutOfRange_IsRefused(int year, int sequence) =>
        AssertRefused(() => FilingNumber.For(year, sequence));

    [Fact]
    public void Art11_8_TryParse_ReadsACanonicalNumber()
    {
        Assert.True(FilingNumber.TryParse(" HLJCXLM-2026-0012 ", out var number));
        Assert.Equal(FilingNumber.For(2026, 12), number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("HLJCXLM-2026-012")]
    [InlineData("HLJCXLM-2026-00012")]
    [InlineData("HLJCXLM-2026-0000")]
    [InlineData("hljcxlm-2026-0012")]
    [InlineData("HLJCXLM-26-0012")]
    [InlineData("HLJCXLM-2026-12ab")]
    [InlineData("HLJCXLM-2026-+012")]
    [InlineData("HLJCXLM-2026-0012-1")]
    [InlineData("HLJCXLM2026-0012")]
    [InlineData("HLJCXLM-2026-０012")]
    [InlineData("HLJCXLM-2026-99999999999")]
    [InlineData("HLJCXLM-2026-2147483648")]
    public void Art11_8_TryParse_AnythingElse_IsRefused(string? text)
    {
        Assert.False(FilingNumber.TryParse(text, out var number));
        Assert.Null(number);
        AssertRefused(() => FilingNumber.Parse(text));
    }

    [Fact]
    public void Art11_8_ToString_ThenTryParse_GivesTheSameNumber() =>
        Gen.Select(Gen.Int[RegisterRules.MinYear, RegisterRules.MaxYear], Gen.Int[1, int.MaxValue]).Sample((year, sequence) =>
        {
            var number = FilingNumber.For(year, sequence);
            Assert.True(FilingNumber.TryParse(number.ToString(), out var parsed));
            Assert.Equal(number, parsed);
        }, iter: 1000);

    [Fact]
    public void Art11_8_Numbers_SortAsTextInTheOrderTheyWereGivenWithinTheFirst9999() =>
        Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 9999]).Sample((a, b) =>
            Assert.Equal(Math.Sign(a.CompareTo(b)),
                Math.Sign(string.CompareOrdinal(FilingNumber.For(2026, a).ToString(), FilingNumber.For(2026, b).ToString()))));

    private static void AssertRefused(Action act)
    {
        var broken = Assert.Throws<RuleViolationException>(act);
        Assert.Equal(("register.filing_number_invalid", "Art 11-8", RuleKind.Unprocessable), (broken.Violation.Code, broken.Violation.Article, broken.Violation.Kind));
    }
}
