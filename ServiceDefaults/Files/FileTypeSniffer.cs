namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>
/// Recognises the file types officials send (domain §7) from their bytes only: PDF, PNG, JPEG, Word/Excel/
/// PowerPoint (OOXML and 97-2003), OFD. Anything else — text, HTML, scripts, executables, other archives — is null.
/// </summary>
public static class FileTypeSniffer
{
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The folder that holds the main part of each Office Open XML (ECMA-376) document type.</summary>
    private static readonly (string Folder, DetectedFileType Type)[] OfficeOpenXmlParts =
        [("word/", DetectedFileType.Docx), ("xl/", DetectedFileType.Xlsx), ("ppt/", DetectedFileType.Pptx)];

    private static readonly DetectedFileType[] LegacyOfficeTypes = [DetectedFileType.Doc, DetectedFileType.Xls, DetectedFileType.Ppt];

    /// <summary>
    /// The type of <paramref name="content"/> (the whole file: ZIP-based types are told apart by their central
    /// directory). An Office 97-2003 compound file is reported as <see cref="DetectedFileType.Doc"/>,
    /// <see cref="DetectedFileType.Xls"/> or <see cref="DetectedFileType.Ppt"/> when <paramref name="declaredExtension"/>
    /// names one of them, else as <see cref="DetectedFileType.LegacyOffice"/>.
    /// </summary>
    public static DetectedFileType? Detect(ReadOnlySpan<byte> content, string? declaredExtension = null)
    {
        if (content.StartsWith(PdfMagic))
        {
            return DetectedFileType.Pdf;
        }
        if (content.StartsWith(PngMagic))
        {
            return DetectedFileType.Png;
        }
        if (content.StartsWith(JpegMagic))
        {
            return DetectedFileType.Jpeg;
        }
        if (content.StartsWith(OleMagic))
        {
            return LegacyOffice(declaredExtension);
        }
        return content.StartsWith(ZipMagic) ? ZipBased(content) : null;
    }

    private static DetectedFileType LegacyOffice(string? declaredExtension) =>
        LegacyOfficeTypes.FirstOrDefault(t => t.Fits(declaredExtension))
        ?? DetectedFileType.LegacyOffice;

    private static DetectedFileType? ZipBased(ReadOnlySpan<byte> content)
    {
        var names = ZipCentralDirectory.EntryNames(content);
        if (names is null)
        {
            return null;
        }

        if (names.Contains("[Content_Types].xml", StringComparer.Ordinal))
        {
            var parts = OfficeOpenXmlParts.Where(p => names.Any(n => n.StartsWith(p.Folder, StringComparison.Ordinal))).ToList();
            if (parts.Count == 1)
            {
                return parts[0].Type;
            }
        }

        return names.Contains("OFD.xml", StringComparer.OrdinalIgnoreCase) ? DetectedFileType.Ofd : null;
    }
}
