using System.Globalization;
using System.Text.RegularExpressions;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.MyFiling;

/// <summary>One formation condition (Art 6) the alliance fails, in the person's language.</summary>
public sealed record SubmissionFailure(string Article, string Message);

/// <summary>
/// Filing's rule problems carry the Chinese text as <c>title</c> and the English as <c>detail</c> (not "中文 / English"
/// in one field), and a refused submission lists its failed conditions one per line ("· message（Art 6-1）"). The
/// portal's <see cref="ApiProblem"/> keeps title and detail only, so both are read from those.
/// </summary>
public static partial class FilingProblems
{
    /// <summary>The problem with a rule's two texts joined as "中文 / English", so that ProblemAlert picks the person's side.</summary>
    public static ApiProblem? Bilingual(ApiProblem? problem) =>
        problem is { Title: { } title, Detail: { } detail, Errors.Count: 0 }
        && !title.Contains(" / ", StringComparison.Ordinal) && !detail.Contains(" / ", StringComparison.Ordinal) && title.Any(IsChinese)
            ? problem with { Detail = $"{title} / {detail}" }
            : problem;

    /// <summary>The failed conditions of a refused submission, in the language of <paramref name="culture"/>; empty for any other problem.</summary>
    public static IReadOnlyList<SubmissionFailure> Failures(ApiProblem? problem, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        var text = english ? problem?.Detail : problem?.Title;
        if (text is null)
        {
            return [];
        }
        var pattern = english ? EnglishLine() : ChineseLine();
        return [.. text.Split('\n').Skip(1).Select(line => pattern.Match(line.Trim())).Where(m => m.Success)
            .Select(m => new SubmissionFailure(m.Groups["article"].Value.Trim(), m.Groups["message"].Value.Trim()))];
    }

    /// <summary>The first line of a refusal (what the list is about), in the person's language.</summary>
    public static string? Lead(ApiProblem? problem, CultureInfo culture) =>
        (culture.TwoLetterISOLanguageName == "en" ? problem?.Detail : problem?.Title)?.Split('\n')[0].Trim();

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    [GeneratedRegex(@"^·\s*(?<message>.+)（(?<article>[^（）]+)）$")]
    private static partial Regex ChineseLine();

    [GeneratedRegex(@"^·\s*(?<message>.+)\s\((?<article>[^()]+)\)$")]
    private static partial Regex EnglishLine();
}
