using System.Globalization;
using AlliancePlatform.Portal.Gateway;
using AlliancePlatform.Portal.Resources;
using Microsoft.Extensions.Localization;

namespace AlliancePlatform.Portal.Features.Review;

/// <summary>
/// What every review form shares: one Idempotency-Key kept across retries and renewed only after a success, problems shown
/// once sending was tried, and the server's field errors beside the fields the form has.
/// </summary>
public abstract class ReviewForm
{
    public const int TextMaxLength = 4000;

    public string IdempotencyKey { get; private set; } = NewKey();

    /// <summary>Set by the first attempt to send: problems are shown from then on, not while the person starts typing.</summary>
    public bool Attempted { get; set; }

    public bool Sending { get; set; }

    /// <summary>The server's last answer, if it was a problem.</summary>
    public ApiProblem? ServerProblem { get; set; }

    /// <summary>The API's names of the fields this form shows (e.g. <c>reason</c>), for placing the server's field errors.</summary>
    protected abstract IReadOnlyCollection<string> Fields { get; }

    public abstract bool IsValid { get; }

    /// <summary>The text key of what is wrong with a text, or null.</summary>
    public static string? TextProblem(string? value, int maxLength, bool required) =>
        string.IsNullOrWhiteSpace(value) ? (required ? "FieldRequired" : null) : value.Trim().Length > maxLength ? "FieldTooLong" : null;

    /// <summary>The form's own problem with a field once sending was tried; otherwise what the server said about it.</summary>
    public string? ErrorText(IStringLocalizer<Texts> texts, string field, string? problem, int maxLength = TextMaxLength) =>
        Attempted && problem is not null
            ? string.Format(CultureInfo.CurrentCulture, texts[problem], maxLength)
            : ServerProblem?.ErrorTextOf(field, CultureInfo.CurrentUICulture);

    /// <summary>The server's problem when not all of it can be shown beside a field (a broken rule, a field the form lacks).</summary>
    public ApiProblem? UnplacedProblem =>
        ServerProblem?.UnplacedBeside(Fields);

    /// <summary>After a success the next write is a new one.</summary>
    public void Succeeded()
    {
        IdempotencyKey = NewKey();
        Attempted = false;
        ServerProblem = null;
    }

    protected static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
