using System.Globalization;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Reports;

/// <summary>
/// The form that registers an achievement, with the API's rules: a type, a title of at most 200 characters, a date not
/// after today (China time), a value in yuan (required for a transfer contract) and at least one piece of evidence
/// uploaded first. Its <see cref="IdempotencyKey"/> is kept across retries and renewed only after success.
/// </summary>
public sealed class AchievementForm
{
    public const int TitleMaxLength = 200;
    public const int MaxEvidence = 20;
    public const string DateFormat = "yyyy-MM-dd";

    public static readonly IReadOnlyList<string> Types = ["patent", "standard", "product", "technology", "transfer_contract"];

    private static readonly string[] Fields = ["type", "title", "date", "value", "evidenceIds"];

    public AchievementForm(DateOnly today)
    {
        Today = today;
        Date = today.ToString(DateFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>Today in China: an achievement cannot be dated later.</summary>
    public DateOnly Today { get; }

    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? Value { get; set; }
    public List<UploadedFile> Evidence { get; } = [];

    public string IdempotencyKey { get; private set; } = Guid.NewGuid().ToString("N");

    public bool Attempted { get; set; }

    public ApiProblem? ServerProblem { get; set; }

    public string? TypeProblem => Type is null || !Types.Contains(Type) ? "FieldRequired" : null;

    public string? TitleProblem =>
        string.IsNullOrWhiteSpace(Title) ? "FieldRequired" : Title.Trim().Length > TitleMaxLength ? "FieldTooLong" : null;

    public string? DateProblem =>
        string.IsNullOrWhiteSpace(Date) ? "FieldRequired"
        : ParsedDate is not { } date ? "ReportDateInvalid"
        : date > Today ? "ReportAchievementDateInFuture"
        : null;

    public string? ValueProblem =>
        string.IsNullOrWhiteSpace(Value) ? (Type == "transfer_contract" ? "ReportAchievementValueRequired" : null)
        : ParsedValue is not { } value || value < 0 || value.Scale > 2 ? "ReportAmountInvalid"
        : null;

    public string? EvidenceProblem => Evidence.Count == 0 ? "ReportEvidenceRequired" : Evidence.Count > MaxEvidence ? "ReportEvidenceTooMany" : null;

    public bool IsValid => TypeProblem is null && TitleProblem is null && DateProblem is null && ValueProblem is null && EvidenceProblem is null;

    private DateOnly? ParsedDate =>
        DateOnly.TryParseExact(Date?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private decimal? ParsedValue =>
        decimal.TryParse(Value?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    public string? ServerErrorsOf(string field, CultureInfo culture) =>
        ServerProblem?.ErrorTextOf(field, culture);

    public ApiProblem? UnplacedProblem =>
        ServerProblem?.UnplacedBeside(Fields);

    public object ToRequest() => new
    {
        type = Type,
        title = Title!.Trim(),
        date = ParsedDate!.Value.ToString(DateFormat, CultureInfo.InvariantCulture),
        value = string.IsNullOrWhiteSpace(Value) ? (decimal?)null : ParsedValue,
        evidenceIds = Evidence.Select(e => e.Id).ToArray(),
    };
}
