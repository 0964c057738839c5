using AlliancePlatform.ServiceDefaults.Auth;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// The expert consultation organised by the admin division (Art 11-5): a panel of S&amp;T-management and industry experts
/// with no conflict of interest, one opinion each, and a consolidated filing opinion (Art 11-6).
/// </summary>
public sealed partial class FilingApplication
{
    private readonly List<PanelExpert> _panel = [];

    /// <summary>Every expert ever put on the panel, including those taken off before giving an opinion.</summary>
    public IReadOnlyList<PanelExpert> Panel => _panel;

    /// <summary>The admin division's consolidated opinion drawn from the experts' (Art 11-6).</summary>
    public string? ConsolidatedOpinion { get; private set; }

    private IEnumerable<PanelExpert> CurrentPanel => _panel.Where(p => p.IsOnPanel);

    /// <summary>
    /// Puts an expert on the panel. <paramref name="memberUnitCreditCodes"/> are the credit codes of the alliance's member
    /// units: an expert from one of them has a conflict of interest and cannot be assigned (Art 11-5).
    /// </summary>
    public PanelExpert AssignExpert(Actor actor, ExpertCandidate candidate, IReadOnlySet<string> memberUnitCreditCodes, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art11_5);
        RequireStatus(Art11_5, FilingStatus.BusinessReviewPassed);
        Require(IsComplete(candidate), ExpertPanelRules.CandidateInvalid);
        var unit = candidate.UnitCreditCode.Trim();
        Require(!memberUnitCreditCodes.Contains(unit) && unit != ApplicantOrganization, ExpertPanelRules.ConflictOfInterest);
        Require(!CurrentPanel.Any(p => p.ExpertId == candidate.ExpertId || p.Subject == candidate.Subject.Trim()), ExpertPanelRules.AlreadyOnPanel);

        var expert = PanelExpert.Assign(candidate, actor, now);
        _panel.Add(expert);
        return expert;
    }

    /// <summary>Takes an expert off the panel before they have given an opinion; the entry stays, marked removed.</summary>
    public void RemoveExpert(Actor actor, Guid expertId, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art11_5);
        RequireStatus(Art11_5, FilingStatus.BusinessReviewPassed);
        var expert = CurrentPanel.FirstOrDefault(p => p.ExpertId == expertId);
        Require(expert is not null, ExpertPanelRules.NotOnPanel);
        Require(!expert!.HasOpinion, ExpertPanelRules.ExpertHasOpinion);

        expert.Remove(actor, now);
    }

    /// <summary>An expert on the panel gives their opinion, once (Art 11-5).</summary>
    public void RecordExpertOpinion(Actor actor, ExpertOpinion opinion, string? text, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Expert, Art11_5);
        RequireStatus(Art11_5, FilingStatus.BusinessReviewPassed);
        var expert = CurrentPanel.FirstOrDefault(p => p.Subject == actor.Subject);
        Require(expert is not null, ExpertPanelRules.NotAssignedExpert);
        Require(!expert!.HasOpinion, ExpertPanelRules.OpinionAlreadyRecorded);
        Require(Enum.IsDefined(opinion), ExpertPanelRules.OpinionUnknown);
        var body = RequiredText(text, ExpertPanelRules.OpinionTextRequired);

        expert.RecordOpinion(opinion, body, now);
    }

    /// <summary>
    /// The admin division closes the consultation with a consolidated opinion (Art 11-5, 11-6): the panel mixes both kinds
    /// of expert and each has given an opinion. The filing decision goes to the department meeting next.
    /// </summary>
    public void CompleteExpertConsultation(
        Actor actor, string? consolidatedOpinion, DateTimeOffset now, IWorkingDays calendar, FilingDeadlines deadlines)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art11_5);
        RequireStatus(Art11_5, FilingStatus.BusinessReviewPassed);
        Require(
            CurrentPanel.Any(p => p.Kind == ExpertKind.ScienceTechnologyManagement) && CurrentPanel.Any(p => p.Kind == ExpertKind.Industry),
            ExpertPanelRules.PanelIncomplete);
        Require(CurrentPanel.All(p => p.HasOpinion), ExpertPanelRules.OpinionsMissing);
        var opinion = RequiredText(consolidatedOpinion, ExpertPanelRules.ConsolidatedOpinionRequired);

        ConsolidatedOpinion = opinion;
        CompleteStage(ReviewStageKind.ExpertConsultation, FilingDecisions.Consulted, opinion, actor, now);
        MoveTo(FilingStatus.ExpertConsulted, actor, FilingDecisions.Consulted, opinion, now);
        StartStage(ReviewStageKind.FilingDecision, PlatformRoles.AdminDivision, null, DueOn(calendar, now, deadlines.StageWorkingDays), now);
    }

    private static bool IsComplete(ExpertCandidate candidate) =>
        candidate.ExpertId != Guid.Empty
        && !string.IsNullOrWhiteSpace(candidate.Subject)
        && candidate.Name is { } name && name.Trim().Length is > 0 and <= FilingApplicationRules.NameMaxLength
        && !string.IsNullOrWhiteSpace(candidate.UnitCreditCode)
        && Enum.IsDefined(candidate.Kind);
}
