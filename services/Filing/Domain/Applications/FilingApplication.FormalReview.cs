using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// Formal review by the secretariat, with correction within a deadline (Art 11-3). While the applicant corrects, the
/// formal review's clock stops; it runs on with the working days it had left once the correction comes in.
/// </summary>
public sealed partial class FilingApplication
{
    private const string LapseReason = "补正期限届满，申请人未提交补正材料。";

    public void PassFormalReview(Actor actor, string? reason, DateTimeOffset now, IWorkingDays calendar, FilingDeadlines deadlines)
    {
        RequireRole(actor, PlatformRoles.Secretariat, Art11_3);
        RequireStatus(Art11_3, FilingStatus.Recommended);
        var comment = OptionalText(reason);

        CompleteStage(ReviewStageKind.FormalReview, FilingDecisions.Passed, comment, actor, now);
        MoveTo(FilingStatus.FormalReviewPassed, actor, FilingDecisions.Passed, comment, now);
        StartStage(ReviewStageKind.BusinessReview, PlatformRoles.BusinessDivision, null, DueOn(calendar, now, deadlines.StageWorkingDays), now);
    }

    /// <summary>
    /// The secretariat asks the applicant to correct the materials (Art 11-3): the formal review pauses, keeping the
    /// working days it has left, and the applicant has <see cref="FilingDeadlines.CorrectionWorkingDays"/> to resubmit.
    /// </summary>
    public void RequestCorrection(
        Actor actor, string? reason, IReadOnlyList<string>? items, DateTimeOffset now, IWorkingDays calendar, FilingDeadlines deadlines)
    {
        RequireRole(actor, PlatformRoles.Secretariat, Art11_3);
        RequireStatus(Art11_3, FilingStatus.Recommended);
        var why = RequiredText(reason, FilingApplicationRules.ReasonRequired);
        var itemList = (items ?? []).Select(i => OptionalText(i)).OfType<string>().ToList();
        Require(itemList.Count <= ReviewRules.CorrectionItemsMax, ReviewRules.TooManyCorrectionItems);

        var today = ChinaTime.DateOf(now);
        var review = Stage(ReviewStageKind.FormalReview);
        review.Pause(today, calendar.WorkingDaysBetween(today, review.DueOn));
        var window = calendar.Window(today, deadlines.CorrectionWorkingDays);
        StartStage(ReviewStageKind.Correction, PlatformRoles.Applicant, null, window.LastDay, now, itemList);
        MoveTo(FilingStatus.CorrectionRequested, actor, FilingDecisions.CorrectionRequested, why, now);
        Raise(new CorrectionRequested(Id, AllianceId, why, itemList, window.LastDay, window.ClosesAt, now.ToStoredPrecision()));
    }

    public void RejectAtFormalReview(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Secretariat, Art11_3);
        RequireStatus(Art11_3, FilingStatus.Recommended);
        var why = RequiredText(reason, FilingApplicationRules.ReasonRequired);

        Reject(ReviewStageKind.FormalReview, actor, why, now);
    }

    /// <summary>
    /// The applicant resubmits the corrected materials before the correction deadline closes (Art 11-3). The formal
    /// review resumes with the working days it had left, counted from today (at least one).
    /// </summary>
    public void ResubmitCorrection(Actor actor, string? note, DateTimeOffset now, IWorkingDays calendar)
    {
        RequireRole(actor, PlatformRoles.Applicant, Art11_3);
        RequireStatus(Art11_3, FilingStatus.CorrectionRequested);
        var correction = Stage(ReviewStageKind.Correction);
        Require(now < correction.ClosesAt, ReviewRules.CorrectionDeadlinePassed);
        Require(HasAttachment(AttachmentKind.ApplicationForm), SubmissionRules.ApplicationFormMissing);
        Require(HasAttachment(AttachmentKind.Charter), SubmissionRules.CharterMissing);
        var comment = OptionalText(note);

        var review = Stage(ReviewStageKind.FormalReview);
        var remaining = Math.Max(review.RemainingWorkingDaysWhenPaused ?? 1, 1);
        CompleteStage(ReviewStageKind.Correction, FilingDecisions.Resubmitted, comment, actor, now);
        review.Resume(calendar.Window(ChinaTime.DateOf(now), remaining).LastDay);
        MoveTo(FilingStatus.Recommended, actor, FilingDecisions.Resubmitted, comment, now);
    }

    /// <summary>The correction deadline has closed without a resubmission: the application lapses (Art 11-3). Run by a timer.</summary>
    public void Lapse(DateTimeOffset now)
    {
        RequireStatus(Art11_3, FilingStatus.CorrectionRequested);
        Require(now >= Stage(ReviewStageKind.Correction).ClosesAt, ReviewRules.CorrectionNotDue);

        CloseUnclosedStages(FilingDecisions.Lapsed, LapseReason, Actor.System, now);
        MoveTo(FilingStatus.Lapsed, Actor.System, FilingDecisions.Lapsed, LapseReason, now);
        Raise(new ApplicationLapsed(Id, AllianceId, now.ToStoredPrecision()));
    }

    /// <summary>The moment the pending correction closes, for the lapse timer; null when no correction is pending.</summary>
    public DateTimeOffset? CorrectionClosesAt =>
        Status == FilingStatus.CorrectionRequested ? Stage(ReviewStageKind.Correction).ClosesAt : null;
}
