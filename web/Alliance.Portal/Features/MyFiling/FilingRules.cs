namespace AlliancePlatform.Portal.Features.MyFiling;

/// <summary>Filing's rules the page mirrors, so that the person learns before sending what the API would refuse.</summary>
public static class FilingRules
{
    /// <summary>The kinds of material (Art 12); the first two must be there before submitting.</summary>
    public static readonly string[] AttachmentKinds = ["application_form", "charter", "other"];

    public static readonly string[] RequiredKinds = ["application_form", "charter"];

    /// <summary>The upload limit Filing applies by default (20 MiB, <c>Filing:MaxAttachmentBytes</c>).</summary>
    public const long MaxAttachmentBytes = 20L * 1024 * 1024;

    /// <summary>What the API accepts, by name; it judges the type from the bytes, the name only has to fit.</summary>
    public static readonly string[] AcceptedExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".ofd", ".png", ".jpg", ".jpeg"];

    /// <summary>A reason or note (<c>ReasonRequest.Reason</c>) has at most this many characters.</summary>
    public const int ReasonMaxLength = 4000;

    /// <summary>The states in which the applicant holds the application and may change its materials.</summary>
    private static readonly string[] EditableStates = ["draft", "returned", "correction_requested"];

    private static readonly string[] SubmittableStates = ["draft", "returned"];

    private static readonly string[] ClosedStates = ["filed", "rejected", "lapsed", "withdrawn"];

    public static bool MaterialsEditable(string status) => EditableStates.Contains(status);

    public static bool Submittable(string status) => SubmittableStates.Contains(status);

    public static bool IsOpen(string status) => !ClosedStates.Contains(status);

    /// <summary>The applicant has been asked to correct the materials and the correction stage is running.</summary>
    public static FilingStage? PendingCorrection(FilingApplication application) =>
        application.Status == "correction_requested"
            ? application.Stages.LastOrDefault(s => s.Kind == "correction" && s.IsRunning)
            : null;

    /// <summary>Why the reviewer asked for the correction: the reason recorded with the request.</summary>
    public static string? CorrectionReason(FilingApplication application) =>
        application.History.LastOrDefault(h => h.Decision == "correction_requested")?.Reason;

    public static bool HasAcceptedExtension(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot > 0 && AcceptedExtensions.Contains(fileName[dot..].ToLowerInvariant());
    }

    /// <summary>A size as people read it: 532 KB, 1.4 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024d):0} KB",
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
    };
}
