using System.Globalization;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.MyFiling;

/// <summary>
/// The upload form: a kind and one file, read into memory when chosen (so a retry sends the same bytes). Its
/// <see cref="IdempotencyKey"/> is made once per form: a double click or a retry after an error uploads once.
/// </summary>
public sealed class AttachmentUpload
{
    public string? Kind { get; set; }
    public string? FileName { get; private set; }
    public byte[]? Content { get; private set; }

    /// <summary>The text key of what is wrong with the chosen file (too large, wrong type), found before reading it.</summary>
    public string? FileRefusal { get; private set; }

    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Set by the first attempt to upload: problems are shown from then on.</summary>
    public bool Attempted { get; set; }

    public ApiProblem? ServerProblem { get; set; }

    public string? KindProblem => string.IsNullOrEmpty(Kind) ? "MyFilingKindRequired" : null;

    public string? FileProblem => FileRefusal ?? (Content is null ? "MyFilingFileRequired" : null);

    public bool IsValid => KindProblem is null && FileProblem is null;

    /// <summary>
    /// Checks a chosen file by its declared size and its name; a file the API would refuse is not read at all.
    /// Returns whether to read it.
    /// </summary>
    public bool Choose(string fileName, long size)
    {
        FileName = fileName;
        Content = null;
        ServerProblem = null;
        FileRefusal = size > FilingRules.MaxAttachmentBytes ? "MyFilingFileTooLarge"
            : size == 0 ? "MyFilingFileEmpty"
            : !FilingRules.HasAcceptedExtension(fileName) ? "MyFilingFileType"
            : null;
        return FileRefusal is null;
    }

    public void Read(byte[] content) => Content = content;

    /// <summary>The chosen file could not be used after all (e.g. the browser stopped sending it).</summary>
    public void Refuse(string key)
    {
        Content = null;
        FileRefusal = key;
    }

    public IReadOnlyDictionary<string, string> Fields => new Dictionary<string, string> { ["kind"] = Kind! };

    public string? ServerErrorsOf(string field, CultureInfo culture) =>
        ServerProblem?.ErrorTextOf(field, culture);

    /// <summary>The server's problem when it is not about <c>kind</c> or <c>file</c> alone (a refused type, too many files).</summary>
    public ApiProblem? UnplacedProblem =>
        ServerProblem?.UnplacedBeside(["kind", "file"]);
}
