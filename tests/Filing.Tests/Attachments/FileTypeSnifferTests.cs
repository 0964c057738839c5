using AlliancePlatform.Filing.Domain;
using CsCheck;
using static AlliancePlatform.Filing.Tests.Attachments.SampleFiles;
using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Filing.Tests.Attachments;

public class FileTypeSnifferTests
{
    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "pdf", Pdf, "application/pdf" },
        { "png", Png, "image/png" },
        { "jpeg", Jpeg, "image/jpeg" },
        { "docx", Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "xlsx", Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "pptx", Pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "ofd", Ofd, "application/ofd" },
        { "ole", Ole, "application/x-ole-storage" },
    };

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "exe", Exe },
        { "elf", Elf },
        { "html", Html },
        { "text", Text },
        { "script", Script },
        { "plain zip", PlainZip },
        { "zip with content types but no office folder", Zip("[Content_Types].xml", "docProps/core.xml") },
        { "office folder without content types", Zip("word/document.xml") },
        { "docx truncated before its central directory", Docx[..(Docx.Length / 2)] },
        { "zip local header only", [0x50, 0x4B, 0x03, 0x04, 0, 0] },
        { "pdf signature not at the start", [.. " "u8, .. Pdf] },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Art12_Detect_RecognisesWhatOfficialsSend(string kind, byte[] content, string contentType)
    {
        var detected = FileTypeSniffer.Detect(content);

        Assert.True(detected is not null, kind);
        Assert.Equal(contentType, detected.ContentType);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Art12_Detect_AnythingElse_IsNull(string kind, byte[] content) =>
        Assert.True(FileTypeSniffer.Detect(content) is null, kind);

    [Fact]
    public void Art12_Detect_OfficeOpenXml_IsToldApartByItsMainFolder()
    {
        Assert.Same(DetectedFileType.Docx, FileTypeSniffer.Detect(Docx));
        Assert.Same(DetectedFileType.Xlsx, FileTypeSniffer.Detect(Xlsx));
        Assert.Same(DetectedFileType.Pptx, FileTypeSniffer.Detect(Pptx));
    }

    [Fact]
    public void Art12_Detect_ZipWithAnArchiveComment_StillFindsItsCentralDirectory() =>
        Assert.Same(DetectedFileType.Docx, FileTypeSniffer.Detect(ZipWithComment("联盟章程 PK\u0005\u0006 final", "[Content_Types].xml", "word/document.xml")));

    [Fact]
    public void Art12_Detect_OfficeFoldersOfTwoKinds_IsNull() =>
        Assert.Null(FileTypeSniffer.Detect(Zip("[Content_Types].xml", "word/document.xml", "xl/workbook.xml")));

    [Theory]
    [InlineData(".doc", "application/msword")]
    [InlineData(".XLS", "application/vnd.ms-excel")]
    [InlineData(".ppt", "application/vnd.ms-powerpoint")]
    [InlineData(".pdf", "application/x-ole-storage")]
    [InlineData(null, "application/x-ole-storage")]
    public void Art12_Detect_OfficeCompoundFile_TakesTheDeclaredExtensionWhenItIsOneOfTheFamily(string? extension, string contentType) =>
        Assert.Equal(contentType, FileTypeSniffer.Detect(Ole, extension)?.ContentType);

    [Fact]
    public void Art12_Detect_DeclaredExtension_NeverChangesWhatTheBytesSay() =>
        Assert.Same(DetectedFileType.Png, FileTypeSniffer.Detect(Png, ".pdf"));

    [Fact]
    public void Art12_Detect_AnyCorruptionOfAnArchive_NeverThrows() =>
        Gen.Select(Gen.Int[0, Docx.Length - 1], Gen.Byte, Gen.Int[0, Docx.Length]).Sample((position, value, cutAt) =>
        {
            var corrupted = Docx.ToArray();
            corrupted[position] = value;
            var detected = FileTypeSniffer.Detect(corrupted.AsSpan(0, cutAt));
            Assert.True(position < 4 || detected is null || detected == DetectedFileType.Docx);
        }, iter: 5000);

    [Fact]
    public void Art12_Detect_RandomBytesAfterAZipSignature_NeverThrow() =>
        Gen.Byte.Array[0, 2000].Sample(tail => FileTypeSniffer.Detect([0x50, 0x4B, 0x03, 0x04, .. tail, 0x50, 0x4B, 0x05, 0x06, .. tail.Take(18)]), iter: 5000);
}
