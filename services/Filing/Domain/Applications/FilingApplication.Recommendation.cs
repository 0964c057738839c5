using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>Submission by the chair unit (Art 11-1) and preliminary review with recommendation (Art 11-2).</summary>
public sealed partial class FilingApplication
{
    /// <summary>
    /// The applicant submits the materials through the platform (Art 11-1) once the alliance meets the formation
    /// conditions (Art 6); a city or industry department of the applicant's region then reviews them.
    /// </summary>
    public void Submit(Actor actor, EligibilitySnapshot eligibility, DateTimeOffset now, IWorkingDays calendar, FilingDeadlines deadlines)
    {
        RequireRole(actor, PlatformRoles.Applicant, Art11_1);
        RequireStatus(Art11_1, FilingStatus.Draft, FilingStatus.Returned);
        Require(HasAttachment(AttachmentKind.ApplicationForm), SubmissionRules.ApplicationFormMissing);
        Require(HasAttachment(AttachmentKind.Charter), SubmissionRules.CharterMissing);
        Require(eligibility.Known, SubmissionRules.EligibilityUnknown);
        if (!eligibility.Passed)
        {
            throw new RuleViolationException(SubmissionRules.NotEligible(eligibility.Failures));
        }

        SubmittedAt = now.ToStoredPrecision();
        EligibilityAssessedAt = eligibility.AssessedAt?.ToStoredPrecision();
        var stage = StartStage(
            ReviewStageKind.Recommendation, PlatformRoles.Recommender, Region, DueOn(calendar, now, deadlines.StageWorkingDays), now);
        MoveTo(FilingStatus.Submitted, actor, FilingDecisions.Submitted, null, now);
        Raise(new ApplicationSubmitted(Id, AllianceId, Region, stage.DueOn, now.ToStoredPrecision()));
    }

    /// <summary>The city or industry department recommends the application to the province (Art 11-2).</summary>
    public void Recommend(Actor actor, string? reason, DateTimeOffset now, IWorkingDays calendar, FilingDeadlines deadlines)
    {
        RequireRole(actor, PlatformRoles.Recommender, Art11_2);
        RequireStatus(Art11_2, FilingStatus.Submitted);
        var comment = OptionalText(reason);

        CompleteStage(ReviewStageKind.Recommendation, FilingDecisions.Recommended, comment, actor, now);
        MoveTo(FilingStatus.Recommended, actor, FilingDecisions.Recommended, comment, now);
        StartStage(ReviewStageKind.FormalReview, PlatformRoles.Secretariat, null, DueOn(calendar, now, deadlines.StageWorkingDays), now);
    }

    /// <summary>The city or industry department sends the application back to the applicant, saying why (Art 11-2).</summary>
    public void ReturnToApplicant(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Recommender, Art11_2);
        RequireStatus(Art11_2, FilingStatus.Submitted);
        var why = RequiredText(reason, FilingApplicationRules.ReasonRequired);

        Stage(ReviewStageKind.Recommendation).Close(FilingDecisions.Returned, why, actor, now);
        MoveTo(FilingStatus.Returned, actor, FilingDecisions.Returned, why, now);
        Raise(new ApplicationReturned(Id, AllianceId, why, now.ToStoredPrecision()));
    }
}
