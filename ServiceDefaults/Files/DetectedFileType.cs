namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>
/// A file type recognised from its bytes. <see cref="Extension"/> is the usual extension (lower case, with the dot),
/// empty when the bytes alone do not tell (Office 97-2003 compound files); <see cref="Extensions"/> lists every
/// extension a file of this type may carry in its name.
/// </summary>
public sealed record DetectedFileType(string ContentType, string Extension, string Description)
{
    public static readonly DetectedFileType Pdf = new("application/pdf", ".pdf", "PDF 文档 / PDF document");
    public static readonly DetectedFileType Png = new("image/png", ".png", "PNG 图片 / PNG image");
    public static readonly DetectedFileType Jpeg = new("image/jpeg", ".jpg", "JPEG 图片 / JPEG image") { Extensions = [".jpg", ".jpeg"] };

    public static readonly DetectedFileType Docx = new(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word 文档 / Word document");
    public static readonly DetectedFileType Xlsx = new(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel 工作簿 / Excel workbook");
    public static readonly DetectedFileType Pptx = new(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", "PowerPoint 演示文稿 / PowerPoint presentation");

    /// <summary>An OFD document (GB/T 33190-2016, 版式文档).</summary>
    public static readonly DetectedFileType Ofd = new("application/ofd", ".ofd", "OFD 版式文档 / OFD document (GB/T 33190)");

    public static readonly DetectedFileType Doc = new("application/msword", ".doc", "Word 97-2003 文档 / Word 97-2003 document");
    public static readonly DetectedFileType Xls = new("application/vnd.ms-excel", ".xls", "Excel 97-2003 工作簿 / Excel 97-2003 workbook");
    public static readonly DetectedFileType Ppt = new(
        "application/vnd.ms-powerpoint", ".ppt", "PowerPoint 97-2003 演示文稿 / PowerPoint 97-2003 presentation");

    /// <summary>An OLE2 compound file whose name does not say which Office 97-2003 application wrote it.</summary>
    public static readonly DetectedFileType LegacyOffice = new(
        "application/x-ole-storage", "", "Office 97-2003 文档 / Office 97-2003 document") { Extensions = [".doc", ".xls", ".ppt"] };

    public IReadOnlyList<string> Extensions { get; init; } = [Extension];

    /// <summary>Whether a file name may end with <paramref name="extension"/> (with the dot, any case).</summary>
    public bool Fits(string? extension) =>
        !string.IsNullOrEmpty(extension) && Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
}
