namespace AlliancePlatform.Evaluation.Domain;

/// <summary>An alliance filed when the campaign started, as Filing's events described it (the service passes the list).</summary>
/// <param name="Region">GB/T 2260 code of the alliance's region.</param>
public sealed record AllianceInScope(Guid AllianceId, string Name, string IndustryField, string Region);

/// <summary>
/// One alliance in a campaign's scope and where it stands: whether it refused the assessment (Art 21), its composite
/// and dimension scores from the expert review (Art 22), and its proposed and decided grade (Art 23).
/// </summary>
public sealed class CampaignAlliance
{
    private CampaignAlliance()
    {
    }

    public Guid Id { get; private init; }
    public Guid AllianceId { get; private init; }
    public string Name { get; private init; } = "";
    public string IndustryField { get; private init; } = "";
    public string Region { get; private init; } = "";
    /// <summary>Set when the self-assessment window closed without a submitted self-assessment (counts as refusing assessment).</summary>
    public DateTimeOffset? SelfAssessmentRefusedAt { get; private set; }
    /// <summary>The expert totals the composite averages (after dropping the highest and lowest when enough experts scored).</summary>
    public int ExpertsCounted { get; private set; }
    public decimal? Composite { get; private set; }
    public decimal? OrganisationBuildingScore { get; private set; }
    public decimal? ActivitiesScore { get; private set; }
    public decimal? InnovationImpactScore { get; private set; }
    /// <summary>The grade the composite gives under the campaign's thresholds.</summary>
    public Grade? ProposedGrade { get; private set; }
    /// <summary>The grade as it stands: the proposal, or the admin division's adjustment of it.</summary>
    public Grade? Grade { get; private set; }

    public bool RefusedAssessment => SelfAssessmentRefusedAt is not null;
    public bool IsAdjusted => Grade is not null && Grade != ProposedGrade;

    public decimal? ScoreOf(Dimension dimension) => dimension switch
    {
        Dimension.OrganisationBuilding => OrganisationBuildingScore,
        Dimension.Activities => ActivitiesScore,
        Dimension.InnovationImpact => InnovationImpactScore,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    internal static CampaignAlliance From(AllianceInScope alliance, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AllianceId = alliance.AllianceId,
        Name = alliance.Name.Trim(),
        IndustryField = alliance.IndustryField.Trim(),
        Region = alliance.Region.Trim(),
    };

    internal void RecordRefusal(DateTimeOffset now) => SelfAssessmentRefusedAt = now.Stored();

    internal void Propose(ReviewResult? result, GradeThresholds thresholds)
    {
        ExpertsCounted = result?.ExpertsCounted ?? 0;
        Composite = result?.Composite;
        OrganisationBuildingScore = result?.ScoreOf(Dimension.OrganisationBuilding);
        ActivitiesScore = result?.ScoreOf(Dimension.Activities);
        InnovationImpactScore = result?.ScoreOf(Dimension.InnovationImpact);
        ProposedGrade = result is null ? null : thresholds.GradeFor(result.Composite);
        Grade = ProposedGrade;
    }

    internal void Adjust(Grade grade) => Grade = grade;
}
