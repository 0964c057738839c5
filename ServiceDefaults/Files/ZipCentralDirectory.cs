using System.Buffers.Binary;
using System.Text;

namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>
/// Reads the entry names of a ZIP archive from its central directory (PKWARE APPNOTE 4.3.12, 4.3.16) without
/// decompressing anything. ZIP64 archives and archives without a readable central directory give null.
/// </summary>
internal static class ZipCentralDirectory
{
    private const uint EndOfCentralDirectorySignature = 0x06054B50;
    private const uint CentralDirectoryHeaderSignature = 0x02014B50;
    private const int EndOfCentralDirectoryLength = 22;
    private const int CentralDirectoryHeaderLength = 46;
    private const int MaxCommentLength = ushort.MaxValue;

    public static IReadOnlyList<string>? EntryNames(ReadOnlySpan<byte> zip)
    {
        var end = FindEndOfCentralDirectory(zip);
        if (end < 0)
        {
            return null;
        }

        var entryCount = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 12)..]);
        var directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        if (entryCount == ushort.MaxValue || directorySize == uint.MaxValue || directoryOffset == uint.MaxValue
            || (long)directoryOffset + directorySize > end)
        {
            return null;
        }

        var directory = zip.Slice((int)directoryOffset, (int)directorySize);
        var names = new List<string>(entryCount);
        for (var i = 0; i < entryCount; i++)
        {
            if (directory.Length < CentralDirectoryHeaderLength
                || BinaryPrimitives.ReadUInt32LittleEndian(directory) != CentralDirectoryHeaderSignature)
            {
                return null;
            }

            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(directory[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(directory[32..]);
            var headerLength = CentralDirectoryHeaderLength + nameLength + extraLength + commentLength;
            if (directory.Length < headerLength)
            {
                return null;
            }

            names.Add(Encoding.UTF8.GetString(directory.Slice(CentralDirectoryHeaderLength, nameLength)));
            directory = directory[headerLength..];
        }

        return names;
    }

    /// <summary>The offset of the end-of-central-directory record whose comment runs exactly to the end, or -1.</summary>
    private static int FindEndOfCentralDirectory(ReadOnlySpan<byte> zip)
    {
        var last = zip.Length - EndOfCentralDirectoryLength;
        var first = Math.Max(0, last - MaxCommentLength);
        for (var at = last; at >= first; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) == EndOfCentralDirectorySignature
                && at + EndOfCentralDirectoryLength + BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 20)..]) == zip.Length)
            {
                return at;
            }
        }

        return -1;
    }
}
