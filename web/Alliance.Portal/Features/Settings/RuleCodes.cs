using System.Globalization;
using System.Text.RegularExpressions;
using AlliancePlatform.Portal.Resources;
using Microsoft.Extensions.Localization;

namespace AlliancePlatform.Portal.Features.Settings;

/// <summary>The values Support accepts in a rule line (its Grade, EntitlementKind and EntitlementHolder, snake_case) and its checks.</summary>
public static partial class RuleCodes
{
    public static IReadOnlyList<string> Grades { get; } = ["A", "B", "C", "D"];

    public static IReadOnlyList<string> Kinds { get; } =
    [
        "award_nomination", "project_guide_suggestion", "project_application_recommendation", "project_approval_priority",
        "innovation_platform_priority", "chief_engineer_dispatch_priority", "technology_manager_training",
    ];

    public const string Alliance = "alliance";

    public static IReadOnlyList<string> Holders { get; } = [Alliance, "chair_unit", "secretary_general_unit"];

    /// <summary>The priorities and the training candidacy go to a unit; the others to the alliance (Support's holder_mismatch).</summary>
    public static bool IsUnitKind(string kind) => Kinds.IndexOf(kind) >= 3;

    public static bool HolderFits(string kind, string holder) => IsUnitKind(kind) == (holder != Alliance);

    /// <summary>The article the API derives from the kind: the training candidacy is Art 26, the rest Art 24.</summary>
    public static string ArticleOf(string kind) => kind == "technology_manager_training" ? "Art 26" : "Art 24";

    /// <summary>"Art 24" as 第24条 in Chinese, Art 24 in English.</summary>
    public static string ArticleText(this IStringLocalizer<Texts> texts, string? article) =>
        article is not null && ArticleNumber().Match(article) is { Success: true } match
            ? string.Format(CultureInfo.CurrentCulture, texts["SettingsArticle"], match.Groups[1].Value)
            : article ?? "—";

    [GeneratedRegex(@"^Art\s*(\d+)$")]
    private static partial Regex ArticleNumber();

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}
