using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using CsCheck;

namespace AlliancePlatform.Filing.Tests.Register;

public class DocumentNumberTests
{
    [Fact]
    public void Art11_8_For_WritesTheNumberAsTheDocumentIsNumbered()
    {
        var number = DocumentNumber.For(2026, 12);

        Assert.Equal("黑科发〔2026〕12号", number.ToString());
        Assert.Equal(("黑科发", 2026, 12), (number.Prefix, number.Year, number.Sequence));
    }

    [Fact]
    public void Art11_8_For_TakesThePrefixFromTheSetting() =>
        Assert.Equal("黑科规〔2027〕1号", DocumentNumber.For(2027, 1, "黑科规").ToString());

    [Theory]
    [InlineData(2026, 0, "黑科发")]
    [InlineData(2026, -1, "黑科发")]
    [InlineData(1999, 1, "黑科发")]
    [InlineData(10000, 1, "黑科发")]
    [InlineData(2026, 1, "")]
    [InlineData(2026, 1, " 黑科发")]
    [InlineData(2026, 1, "黑科〔发")]
    public void Art11_8_For_OutOfRange_IsRefused(int year, int sequence, string prefix) =>
        AssertRefused(() => DocumentNumber.For(year, sequence, prefix));

    [Theory]
    [InlineData("黑科发〔2026〕12号", 2026, 12)]
    [InlineData(" 黑科发〔2026〕1号 ", 2026, 1)]
    [InlineData("黑科发[2026]12号", 2026, 12)]
    [InlineData("黑科发［2026］12号", 2026, 12)]
    [InlineData("黑科发【2026】123号", 2026, 123)]
    public void Art11_8_TryParse_ReadsTheNumberWrittenWithAnyCommonBrackets(string text, int year, int sequence)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));
        Assert.Equal((year, sequence), (number.Year, number.Sequence));
        Assert.Equal($"黑科发〔{year}〕{sequence}号", number.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("黑科发〔2026〕012号")]
    [InlineData("黑科发〔2026〕第12号")]
    [InlineData("黑科发〔2026〕0号")]
    [InlineData("黑科发〔26〕12号")]
    [InlineData("黑科发（2026）12号")]
    [InlineData("黑科发〔2026]12号")]
    [InlineData("黑科发〔2026〕12")]
    [InlineData("黑科发〔2026〕号")]
    [InlineData("黑科规〔2026〕12号")]
    [InlineData("黑科发〔２０２６〕12号")]
    [InlineData("黑科发〔2026〕99999999999号")]
    public void Art11_8_TryParse_AnythingElse_IsRefused(string? text)
    {
        Assert.False(DocumentNumber.TryParse(text, out var number));
        Assert.Null(number);
        AssertRefused(() => DocumentNumber.Parse(text));
    }

    [Fact]
    public void Art11_8_TryParse_WithAnotherPrefix_ReadsThatPrefixOnly()
    {
        Assert.True(DocumentNumber.TryParse("黑科规〔2026〕3号", out var number, "黑科规"));
        Assert.Equal(DocumentNumber.For(2026, 3, "黑科规"), number);
        Assert.False(DocumentNumber.TryParse("黑科发〔2026〕3号", out _, "黑科规"));
    }

    [Fact]
    public void Art11_8_ToString_ThenTryParse_GivesTheSameNumber() =>
        Gen.Select(Gen.Int[RegisterRules.MinYear, RegisterRules.MaxYear], Gen.Int[1, int.MaxValue]).Sample((year, sequence) =>
        {
            var number = DocumentNumber.For(year, sequence);
            Assert.True(DocumentNumber.TryParse(number.ToString(), out var parsed));
            Assert.Equal(number, parsed);
        }, iter: 1000);

    private static void AssertRefused(Action act)
    {
        var broken = Assert.Throws<RuleViolationException>(act);
        Assert.Equal(("register.document_number_invalid", "Art 11-8", RuleKind.Unprocessable), (broken.Violation.Code, broken.Violation.Article, broken.Violation.Kind));
    }
}
