using System.Globalization;
using System.Text;

namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>
/// The name an attachment is kept under: the last path segment of what the browser sent, without control or
/// direction-override characters or characters Windows forbids, at most <see cref="MaxLength"/> characters.
/// </summary>
public static class AttachmentFileName
{
    public const int MaxLength = 200;
    private const int MaxExtensionLength = 10;
    private const string ForbiddenOnWindows = "<>:\"|?*";

    /// <summary>The kept name, or "" when nothing is left of <paramref name="fileName"/>.</summary>
    public static string Sanitize(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return "";
        }

        var lastSegment = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(lastSegment.Length);
        foreach (var c in WithoutLoneSurrogates(lastSegment).Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            kept.Append(ForbiddenOnWindows.Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        return Limit(TrimDotsAndSpaces(kept.ToString()));
    }

    /// <summary>
    /// The extension of a kept name, lower case with the dot: 1 to 10 ASCII letters or digits after the last dot;
    /// "" when the name has none.
    /// </summary>
    public static string ExtensionOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var dot = fileName.LastIndexOf('.');
        if (dot <= 0 || fileName.Length - dot - 1 is < 1 or > MaxExtensionLength)
        {
            return "";
        }

        var extension = fileName[dot..];
        return extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : "";
    }

    /// <summary><paramref name="fileName"/> with <paramref name="extension"/> added, shortened to fit.</summary>
    public static string WithExtension(string fileName, string extension)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Limit(fileName + extension);
    }

    private static string Limit(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var extension = ExtensionOf(name);
        var stemLength = MaxLength - extension.Length;
        if (char.IsHighSurrogate(name[stemLength - 1]))
        {
            stemLength--;
        }

        return string.Concat(TrimDotsAndSpaces(name[..stemLength]), name.AsSpan(name.Length - extension.Length));
    }

    /// <summary>Leading dots would hide the file on Unix; trailing dots and spaces are dropped by Windows.</summary>
    private static string TrimDotsAndSpaces(string name)
    {
        var start = 0;
        var end = name.Length;
        while (start < end && (name[start] == '.' || char.IsWhiteSpace(name[start])))
        {
            start++;
        }

        while (end > start && (name[end - 1] == '.' || char.IsWhiteSpace(name[end - 1])))
        {
            end--;
        }

        return name[start..end];
    }

    private static string WithoutLoneSurrogates(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (!char.IsSurrogate(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }
}
