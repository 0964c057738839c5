using System.Text;
using AlliancePlatform.Reporting.Features.Achievements;

namespace AlliancePlatform.Reporting.Tests.Export;

/// <summary>The achievements export as CSV (Art 4-3): opens in Excel, never runs a formula.</summary>
public class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("高性能碳纤维", "高性能碳纤维")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("第一行\n第二行", "\"第一行\n第二行\"")]
    [InlineData("", "")]
    public void Art4_3_Csv_Cell_IsNeutralisedAndQuoted(string value, string written) =>
        Assert.Equal(written, CsvText.Cell(value));

    [Fact]
    public void Art4_3_Csv_StartsWithTheUtf8ByteOrderMark_AndEndsLinesWithCrLf()
    {
        var bytes = CsvText.Encode(["联盟名称", "金额（元）"], [["黑龙江省新材料产业技术创新联盟", "350000.00"], [null, "=1"]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("联盟名称,金额（元）\r\n黑龙江省新材料产业技术创新联盟,350000.00\r\n,'=1\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
