using System.IO.Compression;
using System.Text;

namespace AlliancePlatform.Filing.Tests.Attachments;

/// <summary>The smallest real files of each kind: signatures as their formats define them, archives built with ZipArchive.</summary>
internal static class SampleFiles
{
    /// <summary>A minimal PDF: header, binary-marker comment, one object, trailer.</summary>
    public static byte[] Pdf { get; } =
        [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, .. "\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8];

    /// <summary>sha256sum of <see cref="Pdf"/>, computed outside .NET.</summary>
    public const string PdfSha256 = "c539eebf9b4c4de55b6c8d9d1851c211bfeb75fccb94f914d7f81d09506c8dbc";

    /// <summary>The PNG signature followed by the start of an IHDR chunk.</summary>
    public static byte[] Png { get; } =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    /// <summary>SOI, a JFIF APP0 segment, EOI.</summary>
    public static byte[] Jpeg { get; } =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    /// <summary>An OLE2 compound file header (MS-CFB 2.2) as Office 97-2003 writes it, padded to one 512-byte sector.</summary>
    public static byte[] Ole { get; } =
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[16], 0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00, .. new byte[512 - 32]];

    public static byte[] Exe { get; } = [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. "This program cannot be run in DOS mode."u8];
    public static byte[] Elf { get; } = [0x7F, .. "ELF"u8, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    public static byte[] Html { get; } = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    public static byte[] Text { get; } = Encoding.UTF8.GetBytes("联盟省级备案申请书（文本）");
    public static byte[] Script { get; } = "#!/bin/sh\nrm -rf /\n"u8.ToArray();

    public static byte[] Docx { get; } = Zip("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/_rels/document.xml.rels");
    public static byte[] Xlsx { get; } = Zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    public static byte[] Pptx { get; } = Zip("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml", "ppt/slides/slide1.xml");
    /// <summary>An OFD package (GB/T 33190-2016): the entry file OFD.xml and one document.</summary>
    public static byte[] Ofd { get; } = Zip("OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml");
    public static byte[] PlainZip { get; } = Zip("readme.txt", "data/values.csv");

    public static byte[] Zip(params string[] entryNames) => ZipWithComment(null, entryNames);

    public static byte[] ZipWithComment(string? comment, params string[] entryNames)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entryNames)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes($"<content of=\"{name}\"/>"));
            }

            if (comment is not null)
            {
                archive.Comment = comment;
            }
        }

        return stream.ToArray();
    }

    /// <summary><paramref name="head"/> followed by <paramref name="length"/> - head.Length zero bytes.</summary>
    public static byte[] OfLength(byte[] head, long length)
    {
        var content = new byte[length];
        head.AsSpan(0, (int)Math.Min(head.Length, length)).CopyTo(content);
        return content;
    }
}
