using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// The expert review of one alliance in a campaign (Art 22): the experts assigned to it (none from a member unit), each
/// expert's scores, and the composite they come to. Until the review closes an expert sees only their own scores.
/// </summary>
public sealed class ExpertReview
{
    private const string Art22 = "Art 22";

    private static readonly CampaignStatus[] AssignableIn = [CampaignStatus.Open, CampaignStatus.SelfAssessment, CampaignStatus.ExpertReview];

    private readonly List<ReviewExpert> _experts = [];

    private ExpertReview()
    {
    }

    public Guid Id { get; private init; }
    public Guid CampaignId { get; private init; }
    public Guid AllianceId { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    /// <summary>Every expert ever assigned, including those taken off (see <see cref="ReviewExpert.IsAssigned"/>).</summary>
    public IReadOnlyList<ReviewExpert> Experts => _experts;

    /// <summary>The admin division sets up the review of an alliance in scope that has not refused assessment.</summary>
    public static ExpertReview Create(Actor actor, EvaluationCampaign campaign, Guid allianceId, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art22);
        ArgumentNullException.ThrowIfNull(campaign);
        campaign.RequireStatus(Art22, AssignableIn);
        var alliance = campaign.InScope(allianceId);
        Require(!alliance.RefusedAssessment, GradingRules.AllianceRefusedAssessment);

        return new ExpertReview
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            AllianceId = allianceId,
            CreatedAt = now.Stored(),
        };
    }

    /// <summary>
    /// Assigns an expert (Art 22). The caller passes the credit codes of the alliance's member units, from Membership's
    /// events; an expert whose unit is among them has a conflict of interest and is refused.
    /// </summary>
    public ReviewExpert AssignExpert(
        Actor actor, EvaluationCampaign campaign, ExpertCandidate candidate, IReadOnlyCollection<string> memberUnitCodes, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art22);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(memberUnitCodes);
        RequireCampaign(campaign);
        campaign.RequireStatus(Art22, AssignableIn);
        Require(IsValid(candidate), ReviewRules.CandidateInvalid);
        var unit = candidate.UnitCreditCode.Trim();
        Require(!memberUnitCodes.Any(code => string.Equals(code?.Trim(), unit, StringComparison.OrdinalIgnoreCase)), ReviewRules.ConflictOfInterest);
        Require(!_experts.Any(e => e.IsAssigned && (e.ExpertId == candidate.ExpertId || e.Subject == candidate.Subject.Trim())), ReviewRules.AlreadyAssigned);

        var expert = ReviewExpert.Assign(candidate, actor, now);
        _experts.Add(expert);
        return expert;
    }

    /// <summary>Takes an expert off the review before they hand in their scores; the entry stays for the record.</summary>
    public void RemoveExpert(Actor actor, EvaluationCampaign campaign, Guid expertId, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art22);
        ArgumentNullException.ThrowIfNull(campaign);
        RequireCampaign(campaign);
        campaign.RequireStatus(Art22, AssignableIn);
        var expert = _experts.FirstOrDefault(e => e.IsAssigned && e.ExpertId == expertId);
        Require(expert is not null, ReviewRules.ExpertNotFound);
        Require(!expert!.HasSubmitted, ReviewRules.ExpertHasScored);
        expert.Remove(now);
    }

    /// <summary>An assigned expert scores one indicator within its maximum, while the review window is open; scoring again replaces it.</summary>
    public void Score(Actor actor, EvaluationCampaign campaign, Guid indicatorId, decimal score, DateTimeOffset now)
    {
        var expert = ScoringExpert(actor, campaign, now);
        var indicator = ScoringRules.CheckedScore(campaign, indicatorId, score, Art22);
        expert.Record(indicator.Id, score, now);
    }

    /// <summary>The expert hands in their sheet once every indicator is scored; it cannot change afterwards.</summary>
    public void SubmitScores(Actor actor, EvaluationCampaign campaign, DateTimeOffset now)
    {
        var expert = ScoringExpert(actor, campaign, now);
        ScoringRules.RequireComplete(campaign, id => expert.ScoreOn(id) is not null, Art22);
        expert.Submit(now);
    }

    /// <summary>
    /// The score sheets <paramref name="actor"/> may see: the admin division and the secretariat, who run the review,
    /// see all; an expert sees only their own until the review closes, then all; anyone else, none.
    /// </summary>
    public IReadOnlyList<ReviewExpert> SheetsVisibleTo(Actor actor, EvaluationCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(campaign);
        RequireCampaign(campaign);
        var assigned = _experts.Where(e => e.IsAssigned).ToList();
        return actor.Role switch
        {
            PlatformRoles.AdminDivision or PlatformRoles.Secretariat => assigned,
            PlatformRoles.Expert when assigned.Any(e => e.Subject == actor.Subject) =>
                campaign.IsReviewClosed ? assigned : [.. assigned.Where(e => e.Subject == actor.Subject)],
            _ => [],
        };
    }

    /// <summary>The composite and dimension scores of the handed-in sheets (see <see cref="CompositeScore"/>); null when no expert handed in.</summary>
    public ReviewResult? Result(IReadOnlyList<Indicator> plan, EvaluationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(settings);
        var sheets = HandedInSheets(plan);
        if (sheets.Count == 0)
        {
            return null;
        }

        var counted = CompositeScore.Counted(sheets.Count, settings.TrimFromExperts);
        var kept = sheets.Skip((sheets.Count - counted) / 2).Take(counted).Select(s => s.Expert).ToList();
        decimal DimensionMean(Dimension dimension) => CompositeScore.Round(kept.Sum(e => CompositeScore.Total(plan, e.ScoreOn, dimension)) / counted);

        return new ReviewResult(
            CompositeScore.Of([.. sheets.Select(s => s.Total)], settings.TrimFromExperts),
            sheets.Count,
            counted,
            DimensionMean(Dimension.OrganisationBuilding),
            DimensionMean(Dimension.Activities),
            DimensionMean(Dimension.InnovationImpact));
    }

    /// <summary>
    /// Once the review has closed, the handed-in sheets with their weighted totals, lowest first, marking the lowest and
    /// the highest as dropped when the alliance's composite was computed without them (see <see cref="Result"/>: ties
    /// are broken by the expert entry's id, so exactly one of each is dropped).
    /// </summary>
    public IReadOnlyList<CountedSheet> CountedSheets(EvaluationCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        RequireCampaign(campaign);
        Require(campaign.IsReviewClosed, ReviewRules.ReviewNotClosed);
        var alliance = campaign.InScope(AllianceId);
        var sheets = HandedInSheets(campaign.Indicators);
        var trimmed = alliance.ExpertsCounted > 0 && alliance.ExpertsCounted < sheets.Count;
        return
        [
            .. sheets.Select((s, i) => new CountedSheet(
                s.Expert,
                s.Total,
                !trimmed ? null : i == 0 ? DroppedTotal.Lowest : i == sheets.Count - 1 ? DroppedTotal.Highest : null)),
        ];
    }

    /// <summary>The handed-in sheets with their totals, in the order the composite trims them: lowest total first, then by entry id.</summary>
    private List<(ReviewExpert Expert, decimal Total)> HandedInSheets(IReadOnlyList<Indicator> plan) =>
    [
        .. _experts
            .Where(e => e.IsAssigned && e.HasSubmitted)
            .Select(e => (Expert: e, Total: CompositeScore.Total(plan, e.ScoreOn)))
            .OrderBy(s => s.Total).ThenBy(s => s.Expert.Id),
    ];

    private ReviewExpert ScoringExpert(Actor actor, EvaluationCampaign campaign, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Expert, Art22);
        ArgumentNullException.ThrowIfNull(campaign);
        RequireCampaign(campaign);
        campaign.RequireStatus(Art22, CampaignStatus.ExpertReview);
        Require(campaign.Windows.IsExpertReviewOpenAt(now), ReviewRules.WindowClosed);
        var expert = _experts.FirstOrDefault(e => e.IsAssigned && e.Subject == actor.Subject)
            ?? throw new RuleViolationException(ReviewRules.NotAssignedExpert);
        Require(!expert.HasSubmitted, ReviewRules.AlreadySubmitted);
        return expert;
    }

    private void RequireCampaign(EvaluationCampaign campaign) => Require(campaign.Id == CampaignId, CampaignRules.OtherCampaign);

    private static bool IsValid(ExpertCandidate? candidate) =>
        candidate is not null
        && candidate.ExpertId != Guid.Empty
        && !string.IsNullOrWhiteSpace(candidate.Subject)
        && !string.IsNullOrWhiteSpace(candidate.Name) && candidate.Name.Trim().Length <= EvaluationRules.NameMaxLength
        && !string.IsNullOrWhiteSpace(candidate.UnitCreditCode);
}
