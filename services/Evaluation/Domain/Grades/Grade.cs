using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The evaluation result (评价结果, Art 23).</summary>
public enum Grade
{
    /// <summary>活跃度高，政策倾斜: high activity, policy tilt.</summary>
    A,
    /// <summary>活跃度良好，巩固提升: good activity, consolidate.</summary>
    B,
    /// <summary>不活跃，指导推动: inactive, guidance.</summary>
    C,
    /// <summary>工作停滞或存在严重问题，整改撤销: stagnant or serious problems, rectify or revoke.</summary>
    D,
}

public static class GradeNames
{
    /// <summary>The grade written as "A" to "D" (any case); anything else breaks <see cref="GradingRules.GradeUnknown"/>.</summary>
    public static Grade Parse(string? text) =>
        text?.Trim().ToUpperInvariant() switch
        {
            "A" => Grade.A,
            "B" => Grade.B,
            "C" => Grade.C,
            "D" => Grade.D,
            _ => throw new RuleViolationException(GradingRules.GradeUnknown),
        };

    /// <summary>What the grade means (Art 23), as the reports head it.</summary>
    public static string MeaningZh(this Grade grade) => grade switch
    {
        Grade.A => "活跃度高",
        Grade.B => "活跃度良好",
        Grade.C => "不活跃",
        Grade.D => "工作停滞或存在严重问题",
        _ => grade.ToString(),
    };
}
