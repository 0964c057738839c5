using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// An activity evaluation campaign (活跃度评价, Art 19): its year, windows, the alliances filed when it started, the
/// evaluation plan (Art 20), and the grades it arrives at (Art 23). Self-assessments and expert reviews are aggregates of
/// their own, one per alliance, checked against the campaign they belong to.
/// </summary>
public sealed partial class EvaluationCampaign
{
    private const string Art19 = "Art 19";
    private const string Art20 = "Art 20";
    private const string Art21 = "Art 21";
    private const string Art22 = "Art 22";
    private const string Art23 = "Art 23";

    private readonly List<Indicator> _indicators = [];
    private readonly List<CampaignAlliance> _alliances = [];
    private readonly List<CampaignTransition> _history = [];

    private EvaluationCampaign()
    {
    }

    public Guid Id { get; private init; }
    public int Year { get; private init; }
    public string Title { get; private set; } = "";
    public CampaignWindows Windows { get; private set; } = null!;
    public CampaignStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    /// <summary>When the evaluation notice went out and the plan was frozen (Art 21).</summary>
    public DateTimeOffset? OpenedAt { get; private set; }

    /// <summary>The evaluation plan, in order.</summary>
    public IReadOnlyList<Indicator> Indicators => _indicators;
    public IReadOnlyList<CampaignAlliance> Alliances => _alliances;
    /// <summary>Every step from creation on, in order. Never edited.</summary>
    public IReadOnlyList<CampaignTransition> History => _history;

    /// <summary>Once the campaign is opened the plan cannot change (Art 20-21).</summary>
    public bool IsPlanFrozen => Status != CampaignStatus.Draft;

    /// <summary>The expert review has closed: experts may see each other's scores.</summary>
    public bool IsReviewClosed => Status > CampaignStatus.ExpertReview;

    /// <summary>Grades have been proposed (from <see cref="CampaignStatus.Grading"/> on): the campaign's results can be reported.</summary>
    public bool HasGrades => Status >= CampaignStatus.Grading;

    /// <summary>The admin division starts a campaign for <paramref name="year"/> over the alliances filed now (Art 19).</summary>
    public static EvaluationCampaign Create(
        Actor actor, int year, string? title, CampaignWindows windows, IEnumerable<AllianceInScope> alliances, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art19);
        ArgumentNullException.ThrowIfNull(windows);
        Require(year is >= CampaignRules.FirstYear and <= CampaignRules.LastYear, CampaignRules.YearInvalid);
        var name = RequiredText(title, CampaignRules.TitleRequired, EvaluationRules.NameMaxLength);

        var campaign = new EvaluationCampaign
        {
            Id = Guid.CreateVersion7(now),
            Year = year,
            Title = name,
            Windows = windows,
            Status = CampaignStatus.Draft,
            CreatedAt = now.Stored(),
        };
        campaign.ReplaceScope(alliances, now);
        campaign._history.Add(CampaignTransition.Record(actor, null, CampaignStatus.Draft, null, now));
        return campaign;
    }

    /// <summary>Replaces the alliances in scope while the campaign is a draft (the service passes the register from Filing's events).</summary>
    public void SetScope(Actor actor, IEnumerable<AllianceInScope> alliances, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art19);
        Require(!IsPlanFrozen, CampaignRules.PlanFrozen);
        ReplaceScope(alliances, now);
    }

    /// <summary>
    /// Narrows the scope to <paramref name="chosen"/> while the campaign is a draft (e.g. leaving out alliances filed too
    /// recently to have a year's activity); each must be among <paramref name="filed"/>, the alliances filed and not revoked now.
    /// </summary>
    public void ChooseScope(Actor actor, IReadOnlyCollection<AllianceInScope> filed, IReadOnlyCollection<Guid> chosen, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentNullException.ThrowIfNull(chosen);
        Require(chosen.Count > 0, CampaignRules.ScopeEmpty);
        Require(chosen.Distinct().Count() == chosen.Count, CampaignRules.AllianceListedTwice);
        var unknown = chosen.Where(id => filed.All(a => a.AllianceId != id)).ToList();
        Require(unknown.Count == 0, CampaignRules.AllianceNotFiled(unknown));
        SetScope(actor, filed.Where(a => chosen.Contains(a.AllianceId)), now);
    }

    public void ChangeWindows(Actor actor, CampaignWindows windows)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art21);
        ArgumentNullException.ThrowIfNull(windows);
        Require(!IsPlanFrozen, CampaignRules.PlanFrozen);
        Windows = windows;
    }

    /// <summary>
    /// Sets the whole evaluation plan (Art 20): indicators in the three dimensions, each with a weight, a maximum score
    /// and a scoring guide; the weights sum to exactly 100. Refused once the campaign is open.
    /// </summary>
    public void DefinePlan(Actor actor, IReadOnlyList<IndicatorDefinition> indicators, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art20);
        ArgumentNullException.ThrowIfNull(indicators);
        Require(!IsPlanFrozen, CampaignRules.PlanFrozen);
        Require(indicators.Count > 0, CampaignRules.PlanEmpty);
        Require(indicators.Count <= CampaignRules.MaxIndicators, CampaignRules.TooManyIndicators);
        var plan = indicators.Select((definition, index) => CheckedIndicator(definition, index + 1, now)).ToList();
        Require(plan.Select(i => i.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() == plan.Count, CampaignRules.IndicatorCodeDuplicate);
        Require(Enum.GetValues<Dimension>().All(d => plan.Any(i => i.Dimension == d)), CampaignRules.DimensionMissing);
        var sum = plan.Sum(i => i.Weight);
        Require(sum == CampaignRules.TotalWeight, CampaignRules.WeightsNot100(sum));

        _indicators.Clear();
        _indicators.AddRange(plan);
    }

    /// <summary>The admin division sends the evaluation notice (Art 21): the plan is frozen from now on.</summary>
    public void Open(Actor actor, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art21);
        RequireStatus(Art21, CampaignStatus.Draft);
        Require(_indicators.Count > 0, CampaignRules.PlanEmpty);
        Require(_alliances.Count > 0, CampaignRules.ScopeEmpty);

        OpenedAt = now.Stored();
        MoveTo(CampaignStatus.Open, actor, null, now);
    }

    /// <summary>The secretariat opens the self-assessment on or after its first day (Art 21: 省工研院组织各联盟自评).</summary>
    public void StartSelfAssessment(Actor actor, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Secretariat, Art21);
        RequireStatus(Art21, CampaignStatus.Open);
        Require(now >= ChinaTime.StartOf(Windows.SelfAssessmentOpensOn), CampaignRules.SelfAssessmentNotYetOpen);
        MoveTo(CampaignStatus.SelfAssessment, actor, null, now);
    }

    /// <summary>
    /// Called by the clock once the self-assessment window has closed: the alliances in scope with no submitted
    /// self-assessment are recorded as refusing assessment (Art 21, 17-2) and returned, each once, for the service to
    /// raise AssessmentRefused. Before the window closes it finds nothing.
    /// </summary>
    public IReadOnlyList<CampaignAlliance> RecordRefusals(IEnumerable<SelfAssessment> assessments, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        if (Status is CampaignStatus.Draft or CampaignStatus.Open || now < Windows.SelfAssessmentClosesAt)
        {
            return [];
        }

        var submitted = assessments.Where(a => a.CampaignId == Id && a.WasSubmitted).Select(a => a.AllianceId).ToHashSet();
        var refused = _alliances.Where(a => !a.RefusedAssessment && !submitted.Contains(a.AllianceId)).ToList();
        foreach (var alliance in refused)
        {
            alliance.RecordRefusal(now);
        }

        return refused;
    }

    /// <summary>The admin division opens the expert review once the self-assessment has closed (Art 22).</summary>
    public void StartExpertReview(Actor actor, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art22);
        RequireStatus(Art22, CampaignStatus.SelfAssessment);
        Require(now >= Windows.SelfAssessmentClosesAt, CampaignRules.SelfAssessmentWindowStillOpen);
        Require(now >= ChinaTime.StartOf(Windows.ExpertReviewOpensOn), CampaignRules.ExpertReviewNotYetOpen);
        MoveTo(CampaignStatus.ExpertReview, actor, null, now);
    }

    /// <summary>The alliance in scope, or a violation when it is not.</summary>
    public CampaignAlliance InScope(Guid allianceId) =>
        _alliances.FirstOrDefault(a => a.AllianceId == allianceId) ?? throw new RuleViolationException(CampaignRules.AllianceNotInScope);

    public Indicator? FindIndicator(Guid indicatorId) => _indicators.FirstOrDefault(i => i.Id == indicatorId);

    /// <summary>The campaign is in one of <paramref name="expected"/>.</summary>
    internal void RequireStatus(string article, params CampaignStatus[] expected)
    {
        if (!expected.Contains(Status))
        {
            throw new RuleViolationException(EvaluationRules.WrongState(Status, article, expected));
        }
    }

    private void ReplaceScope(IEnumerable<AllianceInScope> alliances, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alliances);
        var list = alliances.ToList();
        foreach (var alliance in list)
        {
            Require(IsValid(alliance), CampaignRules.AllianceInvalid);
        }

        Require(list.Select(a => a.AllianceId).Distinct().Count() == list.Count, CampaignRules.AllianceListedTwice);
        _alliances.Clear();
        _alliances.AddRange(list.Select(a => CampaignAlliance.From(a, now)));
    }

    private static bool IsValid(AllianceInScope? alliance) =>
        alliance is not null
        && alliance.AllianceId != Guid.Empty
        && !string.IsNullOrWhiteSpace(alliance.Name) && alliance.Name.Trim().Length <= EvaluationRules.NameMaxLength
        && !string.IsNullOrWhiteSpace(alliance.IndustryField) && alliance.IndustryField.Trim().Length <= EvaluationRules.NameMaxLength
        && alliance.Region?.Trim() is { Length: 6 } region && region.All(char.IsAsciiDigit);

    private static Indicator CheckedIndicator(IndicatorDefinition definition, int order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var code = RequiredText(definition.Code, CampaignRules.IndicatorInvalid, CampaignRules.CodeMaxLength);
        var name = RequiredText(definition.Name, CampaignRules.IndicatorInvalid, EvaluationRules.NameMaxLength);
        var guide = RequiredText(definition.ScoringGuide, CampaignRules.IndicatorInvalid);
        var source = string.IsNullOrWhiteSpace(definition.SourceField) ? null : RequiredText(definition.SourceField, CampaignRules.IndicatorInvalid, EvaluationRules.NameMaxLength);
        Require(source is null || ReportFigures.IsKnown(source), CampaignRules.SourceFieldUnknown(source ?? ""));
        Require(Enum.IsDefined(definition.Dimension), CampaignRules.IndicatorInvalid);
        Require(definition.Weight > 0m && definition.Weight <= CampaignRules.TotalWeight && HasAtMostTwoDecimals(definition.Weight), CampaignRules.IndicatorInvalid);
        Require(definition.MaxScore > 0m && definition.MaxScore <= CampaignRules.MaxScoreLimit && HasAtMostTwoDecimals(definition.MaxScore), CampaignRules.IndicatorInvalid);
        return Indicator.Define(definition, order, code, name, guide, source, now);
    }

    private void MoveTo(CampaignStatus to, Actor actor, string? reason, DateTimeOffset now)
    {
        _history.Add(CampaignTransition.Record(actor, Status, to, reason, now));
        Status = to;
    }
}
