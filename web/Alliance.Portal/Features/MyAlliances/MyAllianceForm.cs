using System.Globalization;
using AlliancePlatform.Portal.Gateway;
using AlliancePlatform.Portal.Resources;
using Microsoft.Extensions.Localization;

namespace AlliancePlatform.Portal.Features.MyAlliances;

/// <summary>What is wrong with a field: a text key and the number it names (a maximum length), if any.</summary>
public sealed record FieldCheck(string TextKey, object? Argument = null);

/// <summary>
/// What every write form on these pages shares (the pattern of <c>Notices/ObjectionForm</c>): checks mirroring the API,
/// shown once sending was tried; the server's field errors beside the fields; one Idempotency-Key per form, kept across
/// retries and renewed only after a success; no second send while one is under way.
/// </summary>
public abstract class MyAllianceForm
{
    public string IdempotencyKey { get; private set; } = NewKey();

    public bool Attempted { get; set; }

    public bool Sending { get; private set; }

    public ApiProblem? ServerProblem { get; set; }

    /// <summary>The API's names of the fields the form shows (the last segment, compared ignoring case).</summary>
    protected abstract IReadOnlyList<string> Fields { get; }

    /// <summary>The form's own check of one field, or null when it is fine.</summary>
    protected abstract FieldCheck? Check(string field);

    public bool IsValid => Fields.All(name => Check(name) is null);

    /// <summary>The form's own check once sending was tried; otherwise what the server said about the field.</summary>
    public string? ErrorOf(string field, IStringLocalizer<Texts> texts)
    {
        if (Attempted && Check(field) is { } check)
        {
            return string.Format(CultureInfo.CurrentCulture, texts[check.TextKey], check.Argument);
        }
        return ServerProblem?.ErrorTextOf(field, CultureInfo.CurrentUICulture);
    }

    /// <summary>The server's problem when not all of it can be shown beside a field (a broken rule, a field the form lacks).</summary>
    public ApiProblem? UnplacedProblem =>
        ServerProblem?.UnplacedBeside(Fields);

    /// <summary>
    /// Checks the form and, when it is fine, does <paramref name="write"/> with the form's key. True on success; the key
    /// is then renewed, so the next write is a new one.
    /// </summary>
    public async Task<bool> SubmitAsync(Func<string, Task<ApiProblem?>> write)
    {
        if (!Begin())
        {
            return false;
        }
        ApiProblem? problem;
        try
        {
            problem = await write(IdempotencyKey);
        }
        catch
        {
            Stop();
            throw;
        }
        return Finish(problem);
    }

    /// <summary>Starts sending when nothing is under way and the form is fine; shows the form's problems otherwise.</summary>
    public bool Begin()
    {
        if (Sending)
        {
            return false;
        }
        Attempted = true;
        ServerProblem = null;
        if (!IsValid)
        {
            return false;
        }
        Sending = true;
        return true;
    }

    /// <summary>Ends a send that stopped before writing (the form found more to ask for); the key stays.</summary>
    public void Stop() => Sending = false;

    /// <summary>Ends a send with the server's answer: a problem is kept to show, a success renews the key.</summary>
    public bool Finish(ApiProblem? problem)
    {
        Sending = false;
        ServerProblem = problem;
        if (problem is not null)
        {
            return false;
        }
        IdempotencyKey = NewKey();
        Attempted = false;
        return true;
    }

    protected static string NewKey() => Guid.NewGuid().ToString("N");

    public static FieldCheck? Text(string? value, int maxLength, bool required = true) =>
        string.IsNullOrWhiteSpace(value) ? required ? new FieldCheck("FieldRequired") : null
        : value.Trim().Length > maxLength ? new FieldCheck("FieldTooLong", maxLength)
        : null;

    /// <summary>A date typed as yyyy-MM-dd (what a date input gives).</summary>
    public static FieldCheck? Date(string? value) =>
        string.IsNullOrWhiteSpace(value) ? new FieldCheck("FieldRequired")
        : ParseDate(value) is null ? new FieldCheck("MyAllianceDateInvalid")
        : null;

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string TodayText => MyAllianceCodes.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
