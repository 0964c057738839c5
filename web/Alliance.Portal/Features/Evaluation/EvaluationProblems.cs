using System.Net;
using AlliancePlatform.Portal.Gateway;
using AlliancePlatform.Portal.Resources;
using Microsoft.Extensions.Localization;

namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>Evaluation's refusals as the person reads them.</summary>
public static class EvaluationProblems
{
    /// <summary>
    /// A 403 or 404 without a problem document (the API hides what is not the caller's) is said as such rather than as
    /// the service being unavailable.
    /// </summary>
    public static ApiProblem? Shown(this ApiProblem? problem, IStringLocalizer<Texts> texts) =>
        problem is { Unavailable: true, Status: HttpStatusCode.NotFound or HttpStatusCode.Forbidden }
            ? new ApiProblem(problem.Status, null, texts["EvaluationNotFoundOrNotYours"], [])
            : problem;

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
