using AlliancePlatform.Filing.Domain;
using CsCheck;
using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Filing.Tests.Attachments;

public class AttachmentFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\x\\a.pdf", "a.pdf")]
    [InlineData("C:a.pdf", "C_a.pdf")]
    [InlineData("\\\\server\\share\\章程.docx", "章程.docx")]
    [InlineData("a\u0000b\r\n\t.pdf", "ab.pdf")]
    [InlineData("报告\u202Efdp.exe", "报告fdp.exe")]
    [InlineData("a<b>|c?*\".pdf", "a_b__c___.pdf")]
    [InlineData("  .hidden.pdf", "hidden.pdf")]
    [InlineData("申请书.pdf. . ", "申请书.pdf")]
    [InlineData("\u3000申请书.pdf\u3000", "申请书.pdf")]
    [InlineData("e\u0301.pdf", "\u00e9.pdf")]
    public void Art12_Sanitize_KeepsOnlyASafeLastSegment(string sent, string kept) =>
        Assert.Equal(kept, AttachmentFileName.Sanitize(sent));

    [Fact]
    public void Art12_Sanitize_LongName_IsCutTo200CharactersKeepingTheExtension()
    {
        var kept = AttachmentFileName.Sanitize(new string('长', 300) + ".pdf");

        Assert.Equal(200, kept.Length);
        Assert.EndsWith("长长.pdf", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void Art12_Sanitize_LongName_NeverSplitsASurrogatePair()
    {
        var kept = AttachmentFileName.Sanitize(string.Concat(Enumerable.Repeat("📄", 150)) + ".pdf");

        Assert.True(kept.Length <= AttachmentFileName.MaxLength);
        Assert.EndsWith("📄.pdf", kept, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.PDF", ".pdf")]
    [InlineData("a.tar.gz", ".gz")]
    [InlineData("联盟章程", "")]
    [InlineData("报告 第3.2节", "")]
    [InlineData("a.verylongextension", "")]
    public void Art12_ExtensionOf_IsAShortAsciiSuffix(string fileName, string extension) =>
        Assert.Equal(extension, AttachmentFileName.ExtensionOf(fileName));

    [Fact]
    public void Art12_Sanitize_AnyName_IsShortHasNoPathOrControlCharactersAndIsStable() =>
        Gen.String.Sample(sent =>
        {
            var kept = AttachmentFileName.Sanitize(sent);

            Assert.True(kept.Length <= AttachmentFileName.MaxLength);
            Assert.DoesNotContain(kept, c => c is '/' or '\\' || char.IsControl(c));
            Assert.Equal(kept, AttachmentFileName.Sanitize(kept));
            Assert.Equal(kept, kept.Normalize());
        }, iter: 5000);

    [Fact]
    public void Art12_Sanitize_AnyLongName_KeepsItsExtension() =>
        Gen.Select(Gen.Char['一', '龥'].Array[1, 400], Gen.OneOf(".pdf", ".docx", ".ofd"), (stem, extension) => (new string(stem), extension))
            .Sample((stem, extension) =>
            {
                var kept = AttachmentFileName.Sanitize(stem + extension);

                Assert.EndsWith(extension, kept, StringComparison.Ordinal);
                Assert.Equal(Math.Min(stem.Length + extension.Length, AttachmentFileName.MaxLength), kept.Length);
            }, iter: 500);
}
