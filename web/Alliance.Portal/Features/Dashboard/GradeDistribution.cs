using AlliancePlatform.Portal.Features.Grades;

namespace AlliancePlatform.Portal.Features.Dashboard;

/// <summary>How many alliances got each grade within one group (an industry field or a prefecture).</summary>
public sealed record GradeRow(string Key, int A, int B, int C, int D)
{
    public int Total => A + B + C + D;

    public int Of(string grade) => grade switch
    {
        "A" => A,
        "B" => B,
        "C" => C,
        "D" => D,
        _ => 0,
    };
}

/// <summary>A campaign's public grades counted by grade, by industry field and by prefecture-level region.</summary>
public sealed class GradeDistribution
{
    public static readonly IReadOnlyList<string> Grades = ["A", "B", "C", "D"];

    private GradeDistribution(GradeRow overall, IReadOnlyList<GradeRow> byField, IReadOnlyList<GradeRow> byRegion)
    {
        Overall = overall;
        ByField = byField;
        ByRegion = byRegion;
    }

    public GradeRow Overall { get; }

    /// <summary>One row per industry field that has a grade, in the order of the Art 5-2 field list (unknown fields last).</summary>
    public IReadOnlyList<GradeRow> ByField { get; }

    /// <summary>One row per prefecture (a county-level code counts in its prefecture), by code.</summary>
    public IReadOnlyList<GradeRow> ByRegion { get; }

    public static GradeDistribution Of(IEnumerable<PublicGrade> grades)
    {
        var list = grades.ToList();
        return new GradeDistribution(
            Count("all", list),
            [.. list.GroupBy(g => g.IndustryField, StringComparer.Ordinal).Select(g => Count(g.Key, g)).OrderBy(r => FieldOrder(r.Key)).ThenBy(r => r.Key, StringComparer.Ordinal)],
            [.. list.GroupBy(g => Regions.PrefectureOf(g.Region), StringComparer.Ordinal).Select(g => Count(g.Key, g)).OrderBy(r => r.Key, StringComparer.Ordinal)]);
    }

    private static readonly List<string> FieldCodes = [.. Register.IndustryFields.Codes];

    private static int FieldOrder(string field) => FieldCodes.IndexOf(field) is var at and >= 0 ? at : int.MaxValue;

    private static GradeRow Count(string key, IEnumerable<PublicGrade> grades)
    {
        var byGrade = grades.GroupBy(g => g.Grade, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key.ToUpperInvariant(), g => g.Count());
        return new GradeRow(key, byGrade.GetValueOrDefault("A"), byGrade.GetValueOrDefault("B"), byGrade.GetValueOrDefault("C"), byGrade.GetValueOrDefault("D"));
    }
}
