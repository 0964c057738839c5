using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Reports;

/// <summary>
/// Reporting answers a broken rule with the Chinese message as the title and the English one as the detail (not one
/// "中文 / English" text), so <see cref="ApiProblem.Messages"/> would show English to everyone; this joins the two.
/// </summary>
public static class ReportProblems
{
    private const string Separator = " / ";

    public static ApiProblem? Bilingual(ApiProblem? problem) =>
        problem is { Title: { } title, Detail: { } detail, Errors.Count: 0 }
            && !title.Contains(Separator, StringComparison.Ordinal) && !detail.Contains(Separator, StringComparison.Ordinal)
            ? problem with { Detail = title + Separator + detail }
            : problem;
}
