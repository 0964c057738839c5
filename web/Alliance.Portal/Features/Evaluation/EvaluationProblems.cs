using System.Globalization;
using System.Net;
using AlliancePlatform.Portal.Gateway;
using AlliancePlatform.Portal.Resources;
using Microsoft.Extensions.Localization;

namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>Evaluation's refusals as the person reads them.</summary>
public static class EvaluationProblems
{
    private const string Separator = " / ";

    /// <summary>
    /// A broken rule comes with the Chinese text as its title and the English one as its detail (ServiceDefaults'
    /// RuleProblem); joined as "中文 / English" so that <see cref="ApiProblem.Messages"/> picks the person's language.
    /// </summary>
    public static ApiProblem? Bilingual(this ApiProblem? problem) =>
        problem is { Title: { } title, Detail: { } detail }
        && !title.Contains(Separator, StringComparison.Ordinal) && !detail.Contains(Separator, StringComparison.Ordinal)
        && title.Any(c => c >= '\u4e00' && c <= '\u9fff')
            ? problem with { Detail = $"{title}{Separator}{detail}" }
            : problem;

    /// <summary>
    /// As <see cref="Bilingual"/>; a 403 or 404 without a problem document (the API hides what is not the caller's) is
    /// said as such rather than as the service being unavailable.
    /// </summary>
    public static ApiProblem? Shown(this ApiProblem? problem, IStringLocalizer<Texts> texts) =>
        problem is { Unavailable: true, Status: HttpStatusCode.NotFound or HttpStatusCode.Forbidden }
            ? new ApiProblem(problem.Status, null, texts["EvaluationNotFoundOrNotYours"], [])
            : problem.Bilingual();

    /// <summary>The problem in one line, to show beside the field or row it concerns.</summary>
    public static string? Text(this ApiProblem? problem, CultureInfo culture) =>
        problem?.Bilingual() is { } bilingual ? string.Join(" ", bilingual.Messages(culture)) : null;

    /// <summary>The API refuses the caller's role on this (403): e.g. an expert where the API does not let experts read yet.</summary>
    public static bool IsForbidden(this ApiProblem? problem) => problem?.Status == HttpStatusCode.Forbidden;
}

/// <summary>
/// The Idempotency-Key of one form (or one row that saves on its own): kept across retries, so a double click or a
/// retry after an error writes once; renewed only after the write succeeded.
/// </summary>
public sealed class WriteKey
{
    public string Value { get; private set; } = Guid.NewGuid().ToString("N");

    public void Renew() => Value = Guid.NewGuid().ToString("N");
}
