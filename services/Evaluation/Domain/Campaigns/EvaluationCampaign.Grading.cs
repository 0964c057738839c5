using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>
/// From the closed expert review to published grades (Art 22-23): composites and proposed grades, adjustments with a
/// reason, the department meeting's decision, a public notice of at least 5 working days, and publication.
/// </summary>
public sealed partial class EvaluationCampaign
{
    private readonly List<GradeAdjustment> _adjustments = [];

    /// <summary>The thresholds the grades were proposed under (a copy of the settings at that time).</summary>
    public GradeThresholds? Thresholds { get; private set; }
    public DepartmentMeetingDecision? MeetingDecision { get; private set; }
    public GradeNotice? Notice { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public IReadOnlyList<GradeAdjustment> Adjustments => _adjustments;

    /// <summary>
    /// The admin division closes the review once its window has closed (Art 22): each alliance's composite is computed
    /// from the reviews and a grade proposed from it. An alliance that refused assessment, or that no expert scored,
    /// gets no proposal (an adjustment may give it a grade).
    /// </summary>
    public void CloseExpertReview(Actor actor, IEnumerable<ExpertReview> reviews, EvaluationSettings settings, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art22);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(settings);
        RequireStatus(Art22, CampaignStatus.ExpertReview);
        Require(now >= Windows.ExpertReviewClosesAt, CampaignRules.ExpertReviewWindowStillOpen);
        var byAlliance = reviews.ToDictionary(r => r.AllianceId);
        Require(byAlliance.Values.All(r => r.CampaignId == Id), CampaignRules.OtherCampaign);

        foreach (var alliance in _alliances)
        {
            var result = alliance.RefusedAssessment || !byAlliance.TryGetValue(alliance.AllianceId, out var review)
                ? null
                : review.Result(_indicators, settings);
            alliance.Propose(result, settings.Thresholds);
        }

        Thresholds = settings.Thresholds;
        MoveTo(CampaignStatus.Grading, actor, null, now);
    }

    /// <summary>The admin division changes an alliance's grade before the meeting, with the reason recorded (Art 22-23).</summary>
    public void AdjustGrade(Actor actor, Guid allianceId, Grade grade, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art23);
        RequireStatus(Art23, CampaignStatus.Grading);
        Require(Enum.IsDefined(grade), GradingRules.GradeUnknown);
        var alliance = InScope(allianceId);
        Require(!alliance.RefusedAssessment, GradingRules.AllianceRefusedAssessment);
        Require(alliance.Grade != grade, GradingRules.GradeUnchanged);
        var why = RequiredText(reason, EvaluationRules.ReasonRequired);

        _adjustments.Add(GradeAdjustment.Record(allianceId, alliance.Grade, grade, why, actor, now));
        alliance.Adjust(grade);
    }

    /// <summary>
    /// Records the department meeting's decision on the grades (Art 22) and starts their public notice of
    /// <see cref="EvaluationSettings.NoticeWorkingDays"/> working days, opening today (Art 23).
    /// </summary>
    public void ConfirmGrades(Actor actor, DepartmentMeetingDecision decision, DateTimeOffset now, IWorkingDays calendar, EvaluationSettings settings)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art22);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        RequireStatus(Art22, CampaignStatus.Grading);
        var today = ChinaTime.DateOf(now);
        var meeting = RequiredText(decision.MeetingReference, GradingRules.MeetingReferenceRequired, EvaluationRules.NameMaxLength);
        Require(decision.MeetingOn <= today, GradingRules.MeetingInFuture);
        Require(_alliances.All(a => a.RefusedAssessment || a.Grade is not null), GradingRules.GradesMissing);

        MeetingDecision = decision with { MeetingReference = meeting };
        Notice = GradeNotice.Start(calendar.Window(today, settings.NoticeWorkingDays), now);
        MoveTo(CampaignStatus.Notice, actor, meeting, now);
    }

    /// <summary>Publishes the grades once the notice has closed (Art 23): the platform's timer, or the admin division.</summary>
    public IReadOnlyList<PublishedGrade> Publish(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Actor.SystemRole)
        {
            RequireRole(actor, PlatformRoles.AdminDivision, Art23);
        }

        RequireStatus(Art23, CampaignStatus.Notice);
        Require(!RunningNotice.IsOpenAt(now), GradingRules.NoticeStillOpen);

        var today = ChinaTime.DateOf(now);
        PublishedOn = today;
        MoveTo(CampaignStatus.Published, actor, null, now);
        return [.. _alliances.Where(a => a.Grade is not null).Select(a => new PublishedGrade(Id, Year, a.AllianceId, a.Grade!.Value, a.Composite, today))];
    }

    /// <summary>Every graded alliance with its scores, for the reports (ranking, distribution, averages).</summary>
    public IReadOnlyList<AllianceResult> Results() =>
    [
        .. _alliances.Where(a => a.Grade is not null).Select(a => new AllianceResult(
            a.AllianceId, a.Name, a.IndustryField, a.Region, a.Composite, a.Grade!.Value,
            a.OrganisationBuildingScore, a.ActivitiesScore, a.InnovationImpactScore)),
    ];

    private GradeNotice RunningNotice =>
        Notice ?? throw new InvalidOperationException($"Campaign {Id} is on notice without a notice.");
}
