using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// The lowest composite of each grade (Art 23, domain.md §5 [policy default]): A ≥ 86, B ≥ 75, C ≥ 65, D below.
/// Compared exactly, as decimals: 85.99 is B, 86.00 is A.
/// </summary>
public sealed record GradeThresholds
{
    public const decimal DefaultA = 86m;
    public const decimal DefaultB = 75m;
    public const decimal DefaultC = 65m;

    /// <summary>For EF Core, which sets the properties.</summary>
    private GradeThresholds()
    {
    }

    public GradeThresholds(decimal a = DefaultA, decimal b = DefaultB, decimal c = DefaultC)
    {
        Require(a <= 100m && a > b && b > c && c > 0m, GradingRules.ThresholdsInvalid);
        Require(HasAtMostTwoDecimals(a) && HasAtMostTwoDecimals(b) && HasAtMostTwoDecimals(c), GradingRules.ThresholdsInvalid);
        A = a;
        B = b;
        C = c;
    }

    public static GradeThresholds Default { get; } = new(DefaultA, DefaultB, DefaultC);

    public decimal A { get; private init; }
    public decimal B { get; private init; }
    public decimal C { get; private init; }

    public Grade GradeFor(decimal composite) =>
        composite >= A ? Grade.A
        : composite >= B ? Grade.B
        : composite >= C ? Grade.C
        : Grade.D;
}
