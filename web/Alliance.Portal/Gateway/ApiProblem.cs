using System.Globalization;
using System.Net;
using System.Text.Json;

namespace AlliancePlatform.Portal.Gateway;

/// <summary>
/// An RFC 9457 problem from the platform. Its texts are bilingual, "中文 / English"; <see cref="Message"/> picks the
/// side of the person's language. <see cref="Unavailable"/> stands for an answer with no problem document.
/// </summary>
public sealed record ApiProblem(HttpStatusCode Status, string? Title, string? Detail, IReadOnlyList<string> Errors)
{
    private const string Separator = " / ";

    public bool Unavailable => Title is null && Detail is null && Errors.Count == 0;

    /// <summary>
    /// Nothing the person could read: no problem document, or only the framework's English reason phrase (a plain 404
    /// says "Not Found"). The portal then says what the status means, in the person's language.
    /// </summary>
    public bool Bare => Unavailable
        || (Detail is null && Errors.Count == 0 && Title is { } title && !title.Contains(Separator, StringComparison.Ordinal) && !title.Any(IsChinese));

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>The broken rule's stable code (e.g. <c>filing.not_eligible</c>), when the problem is one.</summary>
    public string? Code { get; init; }

    /// <summary>The individual conditions a broken rule gathers (e.g. every failed Art 6 condition).</summary>
    public IReadOnlyList<ProblemFailure> Failures { get; init; } = [];

    /// <summary>A validation problem's errors by field, as the API named them under <c>errors</c> (e.g. <c>Name</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Fields { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The errors of one field, in the language of <paramref name="culture"/>; the key's last segment is compared ignoring case.</summary>
    public IReadOnlyList<string> ErrorsOf(string field, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        return [.. Fields.Where(f => string.Equals(f.Key.Split('.')[^1], field, StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => f.Value).Select(text => InLanguage(text, english))];
    }

    /// <summary>The errors of one field joined as one line, or null when the problem says nothing about it.</summary>
    public string? ErrorTextOf(string field, CultureInfo culture) => ErrorsOf(field, culture) is { Count: > 0 } errors ? string.Join(" ", errors) : null;

    /// <summary>
    /// This problem when not all of it can be shown beside a form's fields (a broken rule, an error about a field the form
    /// lacks); null when every error has its place. <paramref name="isPlaced"/> is asked with each error's full key.
    /// </summary>
    public ApiProblem? UnplacedBeside(Func<string, bool> isPlaced) => Fields.Count == 0 || Fields.Keys.Any(key => !isPlaced(key)) ? this : null;

    /// <summary>As <see cref="UnplacedBeside(Func{string, bool})"/> for a form showing these API fields (a key's last segment, ignoring case).</summary>
    public ApiProblem? UnplacedBeside(IReadOnlyCollection<string> fields) =>
        UnplacedBeside(key => fields.Contains(key.Split('.')[^1], StringComparer.OrdinalIgnoreCase));

    /// <summary>The detail (or, without one, the title) and every field error, in the language of <paramref name="culture"/>.</summary>
    public IReadOnlyList<string> Messages(CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        return [.. new[] { MainMessage(english) }.Concat(Errors).OfType<string>().Select(text => InLanguage(text, english))];
    }

    /// <summary>
    /// A broken rule comes with its Chinese message as the title and its English one as the detail; other problems with a
    /// bilingual title and, at most, an English detail. A Chinese reader is shown the Chinese of either.
    /// </summary>
    private string? MainMessage(bool english)
    {
        if (Errors.Count > 0 || Detail is null)
        {
            return Title;
        }
        return english || Detail.Contains(Separator, StringComparison.Ordinal) ? Detail : Title ?? Detail;
    }

    /// <summary>Every message as one line, e.g. beside the row it concerns.</summary>
    public string Text(CultureInfo culture) => string.Join(" ", Messages(culture));

    public static string InLanguage(string text, bool english)
    {
        var at = text.IndexOf(Separator, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }
        return english ? text[(at + Separator.Length)..].Trim() : text[..at].Trim();
    }

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var type = response.Content.Headers.ContentType?.MediaType;
        if (type is not ("application/problem+json" or "application/json"))
        {
            return new ApiProblem(response.StatusCode, null, null, []);
        }
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = document.RootElement;
            var byField = root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object
                ? fields.EnumerateObject().ToDictionary(f => f.Name, f => (IReadOnlyList<string>)(f.Value.ValueKind == JsonValueKind.Array
                    ? [.. f.Value.EnumerateArray().Select(e => e.GetString()).OfType<string>()]
                    : []))
                : [];
            return new ApiProblem(response.StatusCode, Text(root, "title"), Text(root, "detail"), [.. byField.Values.SelectMany(e => e)])
            {
                Fields = byField,
                Code = Text(root, "code"),
                Failures = root.TryGetProperty("failures", out var failures) && failures.ValueKind == JsonValueKind.Array
                    ? [.. failures.EnumerateArray().Select(f => new ProblemFailure(
                        Text(f, "code") ?? "", Text(f, "article") ?? "", Text(f, "message") ?? "", Text(f, "messageEn") ?? ""))]
                    : [],
            };
        }
        catch (JsonException)
        {
            return new ApiProblem(response.StatusCode, null, null, []);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>One failed condition under a broken rule, with the article it comes from.</summary>
public sealed record ProblemFailure(string Code, string Article, string Message, string MessageEn)
{
    public string InLanguage(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? MessageEn : Message;
}
