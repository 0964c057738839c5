using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Support.Domain;

/// <summary>The activity grade an alliance was given (Art 23), as Support learns it from AllianceGradePublished.</summary>
public enum Grade
{
    A,
    B,
    C,
    D,
}

public static class GradeNames
{
    public static readonly RuleViolation GradeUnknown = new(
        "support.grade_unknown", "Art 24", "评价等级须为A、B、C或D。", "The grade is A, B, C or D.");

    /// <summary>The grade written as "A" to "D" (any case), as the event carries it.</summary>
    public static Grade Parse(string? text) =>
        text?.Trim().ToUpperInvariant() switch
        {
            "A" => Grade.A,
            "B" => Grade.B,
            "C" => Grade.C,
            "D" => Grade.D,
            _ => throw new RuleViolationException(GradeUnknown),
        };
}

/// <summary>A grade as published at the end of its notice (Art 23): what entitlements are granted on and superseded by.</summary>
public sealed record PublishedGrade(Guid AllianceId, Guid CampaignId, int CampaignYear, Grade Grade, DateTimeOffset PublishedAt);

/// <summary>
/// The alliance's chair unit (理事长单位) and secretary-general unit (秘书长单位) by credit code, as Membership last
/// announced them; either may be unknown.
/// </summary>
public sealed record AllianceOfficers(string? ChairCreditCode, string? SecretaryGeneralCreditCode)
{
    public static AllianceOfficers None { get; } = new(null, null);

    /// <summary>The unit that holds the role, or null for <see cref="EntitlementHolder.Alliance"/>.</summary>
    public string? UnitFor(EntitlementHolder holder) => holder switch
    {
        EntitlementHolder.ChairUnit => Normalised(ChairCreditCode),
        EntitlementHolder.SecretaryGeneralUnit => Normalised(SecretaryGeneralCreditCode),
        _ => null,
    };

    private static string? Normalised(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}
