using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Review;

/// <summary>
/// Filing answers a broken rule with the Chinese message as <c>title</c> and the English one as <c>detail</c> (no " / "
/// between them), so <see cref="ApiProblem.Messages"/> alone would show English to everyone. This joins them the way the
/// portal reads bilingual texts.
/// </summary>
public static class ReviewProblems
{
    private const string Separator = " / ";

    public static ApiProblem? ForDisplay(ApiProblem? problem) =>
        problem is { Title: { } title, Detail: { } detail, Errors.Count: 0 }
        && !title.Contains(Separator, StringComparison.Ordinal) && !detail.Contains(Separator, StringComparison.Ordinal)
            ? problem with { Detail = $"{title}{Separator}{detail}" }
            : problem;

    /// <summary>The problem's message in the person's language, as one line (e.g. beside the expert it concerns).</summary>
    public static string Text(ApiProblem problem, System.Globalization.CultureInfo culture) =>
        string.Join(" ", ForDisplay(problem)!.Messages(culture));
}
