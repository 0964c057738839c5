using AlliancePlatform.ServiceDefaults.Auth;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>Business review of necessity and innovation capability by the business division (Art 11-4).</summary>
public sealed partial class FilingApplication
{
    public void PassBusinessReview(Actor actor, string? reason, DateTimeOffset now, IWorkingDays calendar, FilingDeadlines deadlines)
    {
        RequireRole(actor, PlatformRoles.BusinessDivision, Art11_4);
        RequireStatus(Art11_4, FilingStatus.FormalReviewPassed);
        var comment = OptionalText(reason);

        CompleteStage(ReviewStageKind.BusinessReview, FilingDecisions.Passed, comment, actor, now);
        MoveTo(FilingStatus.BusinessReviewPassed, actor, FilingDecisions.Passed, comment, now);
        StartStage(ReviewStageKind.ExpertConsultation, PlatformRoles.AdminDivision, null, DueOn(calendar, now, deadlines.StageWorkingDays), now);
    }

    public void RejectAtBusinessReview(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.BusinessDivision, Art11_4);
        RequireStatus(Art11_4, FilingStatus.FormalReviewPassed);
        var why = RequiredText(reason, FilingApplicationRules.ReasonRequired);

        Reject(ReviewStageKind.BusinessReview, actor, why, now);
    }
}
