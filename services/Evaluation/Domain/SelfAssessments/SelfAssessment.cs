using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Files;
using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// An alliance's self-assessment in a campaign (自评, Art 21): a score per indicator with evidence, submitted within
/// the window; the secretariat checks it is complete. The evidence is uploaded to it first and then named by the items. An alliance with none submitted when the window closes is
/// found by <see cref="EvaluationCampaign.RecordRefusals"/>.
/// </summary>
public sealed class SelfAssessment
{
    private const string Art21 = "Art 21";

    private readonly List<SelfAssessmentItem> _items = [];
    private readonly List<SelfAssessmentFile> _files = [];

    private SelfAssessment()
    {
    }

    public Guid Id { get; private init; }
    public Guid CampaignId { get; private init; }
    public Guid AllianceId { get; private init; }
    /// <summary>The credit code of the unit whose account started it.</summary>
    public string Organization { get; private init; } = "";
    public SelfAssessmentStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? CheckedAt { get; private set; }
    public string? CheckedBy { get; private set; }
    /// <summary>Why the secretariat sent it back, when it did.</summary>
    public string? ReturnReason { get; private set; }
    public IReadOnlyList<SelfAssessmentItem> Items => _items;
    /// <summary>The evidence files uploaded to it, in upload order.</summary>
    public IReadOnlyList<SelfAssessmentFile> Files => _files;

    /// <summary>Submitted in time (and not sent back since): it does not count as refusing assessment.</summary>
    public bool WasSubmitted => Status is SelfAssessmentStatus.Submitted or SelfAssessmentStatus.Accepted;

    /// <summary>The alliance starts its self-assessment while the window is open.</summary>
    public static SelfAssessment Start(Actor actor, EvaluationCampaign campaign, Guid allianceId, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Applicant, Art21);
        ArgumentNullException.ThrowIfNull(campaign);
        Require(!string.IsNullOrWhiteSpace(actor.Organization), SelfAssessmentRules.OrganizationRequired);
        RequireWindowOpen(campaign, now);
        var alliance = campaign.InScope(allianceId);

        var assessment = new SelfAssessment
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            AllianceId = alliance.AllianceId,
            Organization = actor.Organization!.Trim(),
            Status = SelfAssessmentStatus.Draft,
            CreatedAt = now.Stored(),
        };
        assessment._items.AddRange(campaign.Indicators.Select(i => SelfAssessmentItem.For(i.Id, now)));
        return assessment;
    }

    /// <summary>
    /// The platform fills in the annual-report figures of the quantitative indicators (Art 19 定量); figures for
    /// indicators without a source field are ignored.
    /// </summary>
    public void Prefill(EvaluationCampaign campaign, IReadOnlyDictionary<Guid, decimal> reportedValues)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(reportedValues);
        RequireCampaign(campaign);
        foreach (var item in _items)
        {
            if (campaign.FindIndicator(item.IndicatorId) is { IsQuantitative: true } && reportedValues.TryGetValue(item.IndicatorId, out var value))
            {
                item.Prefill(value);
            }
        }
    }

    /// <summary>
    /// Pre-fills the quantitative indicators from the alliance's accepted annual reports: those of the most recent year
    /// up to the campaign's year, the latest the campaign can evaluate (Art 19 定量). A figure the report lacks stays empty.
    /// </summary>
    public void Prefill(EvaluationCampaign campaign, IReadOnlyCollection<ReportedFigure> acceptedFigures)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(acceptedFigures);
        var years = acceptedFigures.Select(f => f.ReportYear).Where(y => y <= campaign.Year).ToList();
        if (years.Count == 0)
        {
            return;
        }
        var figures = acceptedFigures.Where(f => f.ReportYear == years.Max()).ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
        var values = campaign.Indicators
            .Where(i => i.SourceField is not null && figures.ContainsKey(i.SourceField))
            .ToDictionary(i => i.Id, i => figures[i.SourceField!]);
        Prefill(campaign, values);
    }

    /// <summary>
    /// The alliance scores one indicator (0 to its maximum) and names its evidence among the files uploaded to this
    /// self-assessment; scoring again replaces both.
    /// </summary>
    public void Score(Actor actor, EvaluationCampaign campaign, Guid indicatorId, decimal score, IReadOnlyCollection<Guid> evidence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        RequireAllianceMayChange(actor, campaign, now);
        var indicator = ScoringRules.CheckedScore(campaign, indicatorId, score, Art21);
        Require(
            evidence.Count <= SelfAssessmentRules.MaxEvidencePerIndicator && evidence.All(e => e != Guid.Empty) && evidence.Distinct().Count() == evidence.Count,
            SelfAssessmentRules.EvidenceInvalid);
        Require(evidence.All(IsUploaded), SelfAssessmentRules.EvidenceNotFound);

        Item(indicator.Id).Record(score, evidence, now);
    }

    /// <summary>The alliance uploads a file of evidence (证明材料) while it may still change its self-assessment.</summary>
    public SelfAssessmentFile AttachEvidence(Actor actor, EvaluationCampaign campaign, InspectedAttachment file, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        RequireAllianceMayChange(actor, campaign, now);
        Require(_files.Count < SelfAssessmentRules.MaxFiles, SelfAssessmentRules.TooManyFiles);

        var added = SelfAssessmentFile.Of(file, actor.Subject, now);
        _files.Add(added);
        return added;
    }

    /// <summary>
    /// The alliance removes an uploaded file while it may still change its self-assessment and no item names it: a
    /// score's evidence never disappears behind the alliance's back; it scores the indicator again without the file first.
    /// </summary>
    public void RemoveEvidence(Actor actor, EvaluationCampaign campaign, Guid fileId, DateTimeOffset now)
    {
        RequireAllianceMayChange(actor, campaign, now);
        Require(IsUploaded(fileId), SelfAssessmentRules.EvidenceNotFound);
        Require(_items.TrueForAll(i => !i.Evidence.Contains(fileId)), SelfAssessmentRules.EvidenceInUse);

        _files.RemoveAll(f => f.Id == fileId);
    }

    /// <summary>The indicators of the plan not scored yet, in plan order.</summary>
    public IReadOnlyList<Indicator> MissingIndicators(EvaluationCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return [.. campaign.Indicators.Where(i => !IsScored(i.Id))];
    }

    /// <summary>The alliance submits within the window once every indicator is scored.</summary>
    public void Submit(Actor actor, EvaluationCampaign campaign, DateTimeOffset now)
    {
        RequireAllianceMayChange(actor, campaign, now);
        ScoringRules.RequireComplete(campaign, IsScored, Art21);

        Status = SelfAssessmentStatus.Submitted;
        SubmittedAt = now.Stored();
        ReturnReason = null;
    }

    /// <summary>The secretariat checks the submission is complete (every indicator scored) and accepts it (Art 21).</summary>
    public void Accept(Actor actor, EvaluationCampaign campaign, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Secretariat, Art21);
        ArgumentNullException.ThrowIfNull(campaign);
        RequireCampaign(campaign);
        Require(Status == SelfAssessmentStatus.Submitted, SelfAssessmentRules.NotSubmitted);
        ScoringRules.RequireComplete(campaign, IsScored, Art21);

        Status = SelfAssessmentStatus.Accepted;
        CheckedAt = now.Stored();
        CheckedBy = actor.Subject;
    }

    /// <summary>The secretariat sends the submission back for correction, with a reason, while the window is still open.</summary>
    public void Return(Actor actor, EvaluationCampaign campaign, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Secretariat, Art21);
        ArgumentNullException.ThrowIfNull(campaign);
        RequireCampaign(campaign);
        Require(Status == SelfAssessmentStatus.Submitted, SelfAssessmentRules.NotSubmitted);
        RequireWindowOpen(campaign, now);
        var why = RequiredText(reason, EvaluationRules.ReasonRequired);

        Status = SelfAssessmentStatus.Returned;
        ReturnReason = why;
        CheckedAt = now.Stored();
        CheckedBy = actor.Subject;
    }

    private bool IsUploaded(Guid fileId) => _files.Exists(f => f.Id == fileId);

    private bool IsScored(Guid indicatorId) => _items.Any(i => i.IndicatorId == indicatorId && i.IsScored);

    private SelfAssessmentItem Item(Guid indicatorId) =>
        _items.FirstOrDefault(i => i.IndicatorId == indicatorId)
        ?? throw new InvalidOperationException($"Self-assessment {Id} has no item for indicator {indicatorId} of its frozen plan.");

    private void RequireCampaign(EvaluationCampaign campaign) =>
        Require(campaign.Id == CampaignId, CampaignRules.OtherCampaign);

    /// <summary>The alliance's applicant changes its own self-assessment: not yet submitted (or returned), within the window.</summary>
    private void RequireAllianceMayChange(Actor actor, EvaluationCampaign campaign, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Applicant, Art21);
        ArgumentNullException.ThrowIfNull(campaign);
        RequireCampaign(campaign);
        RequireEditable();
        RequireWindowOpen(campaign, now);
    }

    private void RequireEditable() =>
        Require(Status is SelfAssessmentStatus.Draft or SelfAssessmentStatus.Returned, SelfAssessmentRules.NotEditable);

    private static void RequireWindowOpen(EvaluationCampaign campaign, DateTimeOffset now)
    {
        campaign.RequireStatus(Art21, CampaignStatus.SelfAssessment);
        Require(campaign.Windows.IsSelfAssessmentOpenAt(now), SelfAssessmentRules.WindowClosed);
    }
}
