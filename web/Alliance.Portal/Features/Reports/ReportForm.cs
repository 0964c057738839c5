using System.Globalization;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Reports;

/// <summary>
/// The annual report form with the API's rules (counts whole and not negative; amounts in yuan, not negative, at most
/// two decimals; funding or a contract value only with projects or transfers; a summary of at most 10,000 characters,
/// required to submit). Every write has its own Idempotency-Key, kept across retries and renewed only after success.
/// </summary>
public sealed class ReportForm
{
    public const int SummaryMaxLength = 10_000;
    public const string SummaryField = "summary";

    private Dictionary<string, string?> _saved = [];

    /// <summary>What is typed, by the API's field name (<c>jointProjects</c>, …); an empty figure is 0.</summary>
    public Dictionary<string, string?> Values { get; } = ReportFields.All.ToDictionary(f => f.Name, _ => (string?)null);

    public string? Summary { get; set; }

    public string SaveKey { get; private set; } = NewKey();
    public string SubmitKey { get; private set; } = NewKey();

    /// <summary>Set once saving or submitting was tried: problems are shown from then on.</summary>
    public bool Attempted { get; set; }

    /// <summary>Set when submitting was tried: the summary is then required.</summary>
    public bool Submitting { get; set; }

    /// <summary>The server's last answer to a save or a submission, if it was a problem.</summary>
    public ApiProblem? ServerProblem { get; set; }

    /// <summary>Typed but not yet saved to the platform.</summary>
    public bool IsDirty => Summary != _saved.GetValueOrDefault(SummaryField) || Values.Any(v => v.Value != _saved.GetValueOrDefault(v.Key));

    /// <summary>Takes what the platform holds as the saved state (and, unless typing is to be kept, as what is shown).</summary>
    public void Load(AnnualReport report, bool keepTyping)
    {
        var saved = ReportFields.All.ToDictionary(
            f => f.Name, f => report.Content.TryGetValue(f.Name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number && v.GetDecimal() != 0
                ? v.GetDecimal().ToString(CultureInfo.InvariantCulture)
                : (string?)null);
        saved[SummaryField] = report.Summary;
        _saved = saved;
        if (!keepTyping)
        {
            foreach (var field in ReportFields.All)
            {
                Values[field.Name] = saved[field.Name];
            }
            Summary = report.Summary;
        }
    }

    public void Saved() => SaveKey = NewKey();

    public void Submitted() => SubmitKey = NewKey();

    /// <summary>The text key of what is wrong with a figure, or null.</summary>
    public string? Problem(ReportField field)
    {
        var text = Values.GetValueOrDefault(field.Name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (field.IsAmount)
        {
            if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount < 0 || amount.Scale > 2)
            {
                return "ReportAmountInvalid";
            }
            if (amount > 0 && field.Name == "jointProjectFunding" && Number("jointProjects") <= 0)
            {
                return "ReportFundingWithoutProjects";
            }
            if (amount > 0 && field.Name == "transferContractValue" && Number("achievementTransfers") <= 0)
            {
                return "ReportValueWithoutTransfers";
            }
            return null;
        }
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : "ReportCountInvalid";
    }

    public string? SummaryProblem =>
        Summary is { } s && s.Trim().Length > SummaryMaxLength ? "FieldTooLong"
        : Submitting && string.IsNullOrWhiteSpace(Summary) ? "FieldRequired"
        : null;

    public bool IsValid => SummaryProblem is null && ReportFields.All.All(f => Problem(f) is null);

    /// <summary>The server's errors for one of the API's fields (<c>jointProjects</c>, <c>summary</c>), joined.</summary>
    public string? ServerErrorsOf(string field, CultureInfo culture) =>
        ServerProblem?.ErrorTextOf(field, culture);

    /// <summary>The server's problem when it cannot all be shown beside a field (a rule of the report, a state it is not in).</summary>
    public ApiProblem? UnplacedProblem =>
        ServerProblem?.UnplacedBeside(key => Known(key.Split('.')[^1]));

    private static bool Known(string field) =>
        string.Equals(field, SummaryField, StringComparison.OrdinalIgnoreCase)
        || ReportFields.All.Any(f => string.Equals(f.Name, field, StringComparison.OrdinalIgnoreCase));

    private decimal Number(string name) =>
        decimal.TryParse(Values.GetValueOrDefault(name)?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public object ToRequest() => new
    {
        content = ReportFields.All.ToDictionary(f => f.Name, f => Number(f.Name)),
        summary = string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim(),
    };

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
