using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Tests.Attachments.SampleFiles;
using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Filing.Tests.Attachments;

public class AttachmentContentTests
{
    private static readonly AttachmentPolicy Policy = new(FilingAttachments.Article);

    [Fact]
    public void Art12_Inspect_Pdf_KeepsNameTypeSizeAndSha256()
    {
        var inspected = AttachmentContent.Inspect("联盟省级备案申请书.pdf", Pdf, Policy);

        Assert.Equal(new InspectedAttachment("联盟省级备案申请书.pdf", "application/pdf", Pdf.Length, PdfSha256), inspected);
    }

    [Fact]
    public void Art12_Sha256_OfAbc_IsTheFips180KnownAnswer() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AttachmentContent.Sha256Hex("abc"u8));

    [Theory]
    [InlineData("章程.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("成员名单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("汇报.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation")]
    [InlineData("批复.ofd", "application/ofd")]
    [InlineData("营业执照.png", "image/png")]
    [InlineData("营业执照.JPG", "image/jpeg")]
    [InlineData("营业执照.jpeg", "image/jpeg")]
    [InlineData("旧版申请书.doc", "application/msword")]
    [InlineData("旧版名单.xls", "application/vnd.ms-excel")]
    [InlineData("旧版汇报.PPT", "application/vnd.ms-powerpoint")]
    public void Art12_Inspect_EveryAllowedType_IsAccepted(string fileName, string contentType)
    {
        var inspected = AttachmentContent.Inspect(fileName, ContentFor(fileName), Policy);

        Assert.Equal((fileName, contentType), (inspected.FileName, inspected.ContentType));
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("setup.pdf")]
    public void Art12_Inspect_Executable_IsRefusedWhateverItsName(string fileName) =>
        AssertRefused(() => AttachmentContent.Inspect(fileName, Exe, Policy), "attachment.type_not_allowed");

    [Theory]
    [InlineData("page.html")]
    [InlineData("script.sh")]
    [InlineData("notes.txt")]
    [InlineData("archive.zip")]
    public void Art12_Inspect_TextHtmlScriptsAndPlainZips_AreRefused(string fileName)
    {
        var content = fileName switch
        {
            "page.html" => Html,
            "script.sh" => Script,
            "notes.txt" => Text,
            _ => PlainZip,
        };

        AssertRefused(() => AttachmentContent.Inspect(fileName, content, Policy), "attachment.type_not_allowed");
    }

    [Fact]
    public void Art12_Inspect_TypeNotAllowed_NamesWhatIsAllowed()
    {
        var violation = AssertRefused(() => AttachmentContent.Inspect("a.html", Html, Policy), "attachment.type_not_allowed");

        foreach (var allowed in new[] { "PDF", "Word", "Excel", "PowerPoint", "OFD", "PNG", "JPEG" })
        {
            Assert.Contains(allowed, violation.Message, StringComparison.Ordinal);
            Assert.Contains(allowed, violation.MessageEn, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("report.pdf", "png")]
    [InlineData("report.docx", "xlsx")]
    [InlineData("report.doc", "docx")]
    [InlineData("report.zip", "docx")]
    [InlineData("report.pdf", "ole")]
    [InlineData("report.png", "jpeg")]
    public void Art12_Inspect_ExtensionContradictingTheBytes_IsRefused(string fileName, string actual)
    {
        var content = actual switch
        {
            "png" => Png,
            "xlsx" => Xlsx,
            "docx" => Docx,
            "ole" => Ole,
            _ => Jpeg,
        };

        var violation = AssertRefused(() => AttachmentContent.Inspect(fileName, content, Policy), "attachment.extension_mismatch");
        Assert.Contains(AttachmentFileName.ExtensionOf(fileName), violation.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Art12_Inspect_NameWithoutExtension_GetsTheDetectedOne() =>
        Assert.Equal("联盟章程.pdf", AttachmentContent.Inspect("联盟章程", Pdf, Policy).FileName);

    [Fact]
    public void Art12_Inspect_OfficeCompoundFileWithoutExtension_IsRefusedForItCannotBeTold() =>
        AssertRefused(() => AttachmentContent.Inspect("联盟章程", Ole, Policy), "attachment.extension_mismatch");

    [Fact]
    public void Art12_Inspect_Empty_IsRefused() =>
        AssertRefused(() => AttachmentContent.Inspect("a.pdf", [], Policy), "attachment.empty");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("../")]
    [InlineData("C:\\uploads\\")]
    [InlineData("...")]
    [InlineData("\u0000\u202E")]
    public void Art12_Inspect_NoName_IsRefused(string? fileName) =>
        AssertRefused(() => AttachmentContent.Inspect(fileName, Pdf, Policy), "attachment.name_missing");

    [Fact]
    public void Art12_Inspect_ExactlyTheDefaultLimit_IsAccepted() =>
        Assert.Equal(20L * 1024 * 1024, AttachmentContent.Inspect("a.pdf", OfLength(Pdf, AttachmentPolicy.DefaultMaxBytes), Policy).SizeBytes);

    [Fact]
    public void Art12_Inspect_OneByteOverTheDefaultLimit_IsRefusedNamingTheLimitInMiB()
    {
        var violation = AssertRefused(
            () => AttachmentContent.Inspect("a.pdf", OfLength(Pdf, AttachmentPolicy.DefaultMaxBytes + 1), Policy), "attachment.too_large");

        Assert.Contains("20 MiB", violation.Message, StringComparison.Ordinal);
        Assert.Contains("20 MiB", violation.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Art12_Inspect_LimitIsThePolicys()
    {
        var policy = new AttachmentPolicy(FilingAttachments.Article, MaxBytes: 5 * AttachmentPolicy.BytesPerMiB / 2);

        AttachmentContent.Inspect("a.pdf", OfLength(Pdf, policy.MaxBytes), policy);
        var violation = AssertRefused(() => AttachmentContent.Inspect("a.pdf", OfLength(Pdf, policy.MaxBytes + 1), policy), "attachment.too_large");
        Assert.Contains("2.5 MiB", violation.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Art12_Policy_WithoutAPositiveLimit_IsAProgrammingError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AttachmentPolicy(FilingAttachments.Article, 0));

    [Fact]
    public void Art12_Inspect_PathInTheName_IsStripped()
    {
        Assert.Equal("passwd.pdf", AttachmentContent.Inspect("../../etc/passwd.pdf", Pdf, Policy).FileName);
        Assert.Equal("a.pdf", AttachmentContent.Inspect("C:\\x\\a.pdf", Pdf, Policy).FileName);
    }

    [Fact]
    public void Art12_Inspect_ChecksTheNameBeforeTheContent() =>
        AssertRefused(() => AttachmentContent.Inspect("", [], Policy), "attachment.name_missing");

    private static byte[] ContentFor(string fileName) => AttachmentFileName.ExtensionOf(fileName) switch
    {
        ".docx" => Docx,
        ".xlsx" => Xlsx,
        ".pptx" => Pptx,
        ".ofd" => Ofd,
        ".png" => Png,
        ".jpg" or ".jpeg" => Jpeg,
        ".pdf" => Pdf,
        _ => Ole,
    };

    private static RuleViolation AssertRefused(Action act, string code)
    {
        var broken = Assert.Throws<RuleViolationException>(act);
        Assert.Equal(code, broken.Violation.Code);
        Assert.Equal(RuleKind.Unprocessable, broken.Violation.Kind);
        Assert.Equal("Art 12", broken.Violation.Article);
        return broken.Violation;
    }
}
