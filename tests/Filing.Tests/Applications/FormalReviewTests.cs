using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>Formal review by the secretariat and correction within a deadline (Art 11-3).</summary>
public class FormalReviewTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new(2026, month, day, hour, minute, second, China);

    [Fact]
    public void Art11_3_Pass_OpensTheBusinessReview()
    {
        var application = ApplicationBuilder.InState(FilingStatus.Recommended);

        application.PassFormalReview(Secretariat, "材料齐全。", Now, new MondayToFridayCalendar(), FilingDeadlines.Default);

        Assert.Equal(FilingStatus.FormalReviewPassed, application.Status);
        Assert.Equal(ReviewStageKind.BusinessReview, application.OpenStage!.Kind);
        Assert.Equal("business_division", application.OpenStage.AssigneeRole);
    }

    [Fact]
    public void Art11_3_Reject_ClosesTheApplicationWithItsReason()
    {
        var application = ApplicationBuilder.InState(FilingStatus.Recommended);

        application.RejectAtFormalReview(Secretariat, "材料与实际不符。", Now);

        Assert.Equal(FilingStatus.Rejected, application.Status);
        Assert.Null(application.OpenStage);
        Assert.Equal("rejected", application.Stages[^1].Decision);
        var rejected = Assert.IsType<ApplicationRejected>(Assert.Single(application.DomainEvents));
        Assert.Equal(ReviewStageKind.FormalReview, rejected.AtStage);
        Assert.Equal("材料与实际不符。", rejected.Reason);
    }

    [Fact]
    public void Art11_3_Reject_WithoutAReason_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.InState(FilingStatus.Recommended).RejectAtFormalReview(Secretariat, null, Now), "filing.reason_required");

    [Fact]
    public void Art11_3_RequestCorrection_WithoutAReason_IsRefused() =>
        AssertRejected(
            () => ApplicationBuilder.InState(FilingStatus.Recommended)
                .RequestCorrection(Secretariat, "", null, Now, new MondayToFridayCalendar(), FilingDeadlines.Default),
            "filing.reason_required");

    /// <summary>
    /// Formal review opens Mon 2 Mar, due Fri 13 Mar (10 working days). The correction is asked for on Wed 4 Mar: 7 working
    /// days are left (5, 6, 9–13 Mar), the correction is due 15 working days on, skipping the holiday Mon 16 Mar: Wed 25 Mar.
    /// The resubmission on Thu 12 Mar resumes the review with its 7 days: 12, 13, (16 is a holiday) 17, 18, 19, 20, 23 Mar.
    /// </summary>
    [Fact]
    public void Art11_3_Correction_PausesFormalReview_AndResumesItWithTheWorkingDaysLeft()
    {
        var calendar = new MondayToFridayCalendar().WithHolidays(new DateOnly(2026, 3, 16));
        var application = new ApplicationBuilder().Build(FilingStatus.Draft);
        application.Submit(Applicant, Eligible, At(3, 2), calendar, FilingDeadlines.Default);
        application.Recommend(Recommender, null, At(3, 2), calendar, FilingDeadlines.Default);
        var review = application.OpenStage!;
        Assert.Equal(new DateOnly(2026, 3, 13), review.DueOn);
        application.ClearDomainEvents();

        application.RequestCorrection(Secretariat, "章程缺少签字。", ["补充法定代表人签字页", " ", "补充成员名单"], At(3, 4), calendar, FilingDeadlines.Default);

        Assert.Equal(FilingStatus.CorrectionRequested, application.Status);
        Assert.True(review.IsPaused);
        Assert.Equal(new DateOnly(2026, 3, 4), review.PausedOn);
        Assert.Equal(7, review.RemainingWorkingDaysWhenPaused);
        var correction = application.OpenStage!;
        Assert.Equal(ReviewStageKind.Correction, correction.Kind);
        Assert.Equal("applicant", correction.AssigneeRole);
        Assert.Equal(new DateOnly(2026, 3, 25), correction.DueOn);
        Assert.Equal(["补充法定代表人签字页", "补充成员名单"], correction.Items);
        Assert.Equal(At(3, 26, 0), application.CorrectionClosesAt);
        var requested = Assert.IsType<CorrectionRequested>(Assert.Single(application.DomainEvents));
        Assert.Equal(new DateOnly(2026, 3, 25), requested.DueOn);
        Assert.Equal(At(3, 26, 0), requested.ClosesAt);
        Assert.Equal("章程缺少签字。", requested.Reason);

        application.ResubmitCorrection(Applicant, "已补充签字页。", At(3, 12), calendar);

        Assert.Equal(FilingStatus.Recommended, application.Status);
        Assert.Same(review, application.OpenStage);
        Assert.False(review.IsPaused);
        Assert.Equal(new DateOnly(2026, 3, 23), review.DueOn);
        Assert.True(correction.IsClosed);
        Assert.Equal("resubmitted", correction.Decision);
        Assert.Equal("已补充签字页。", correction.Reason);
        Assert.Equal(ReviewStageKind.Correction, Assert.IsType<StageCompleted>(application.DomainEvents[^1]).Stage);
        Assert.Equal((FilingStatus.CorrectionRequested, FilingStatus.Recommended), (application.History[^1].From!.Value, application.History[^1].To));
    }

    [Fact]
    public void Art11_3_Correction_AskedForAfterTheReviewWasDue_ResumesWithOneWorkingDay()
    {
        var calendar = new MondayToFridayCalendar();
        var application = ApplicationBuilder.InState(FilingStatus.Recommended);
        var review = application.OpenStage!;
        Assert.Equal(new DateOnly(2026, 3, 13), review.DueOn);

        application.RequestCorrection(Secretariat, "缺少签字页。", null, At(3, 16), calendar, FilingDeadlines.Default);
        Assert.Equal(0, review.RemainingWorkingDaysWhenPaused);
        application.ResubmitCorrection(Applicant, null, At(3, 21), calendar);

        Assert.Equal(new DateOnly(2026, 3, 23), review.DueOn);
    }

    [Fact]
    public void Art11_3_Correction_CanBeAskedForAgainAfterAResubmission()
    {
        var calendar = new MondayToFridayCalendar();
        var application = ApplicationBuilder.InState(FilingStatus.CorrectionRequested);
        application.ResubmitCorrection(Applicant, null, At(3, 3), calendar);

        application.RequestCorrection(Secretariat, "签字页仍不完整。", null, At(3, 5), calendar, FilingDeadlines.Default);

        Assert.Equal(FilingStatus.CorrectionRequested, application.Status);
        Assert.Equal(2, application.Stages.Count(s => s.Kind == ReviewStageKind.Correction));
        Assert.Equal(ReviewStageKind.Correction, application.OpenStage!.Kind);
    }

    [Fact]
    public void Art11_3_Resubmit_JustBeforeTheDeadlineCloses_IsAccepted()
    {
        var application = ApplicationBuilder.InState(FilingStatus.CorrectionRequested);
        Assert.Equal(new DateOnly(2026, 3, 20), application.OpenStage!.DueOn);

        application.ResubmitCorrection(Applicant, null, At(3, 20, 23, 59, 59), new MondayToFridayCalendar());

        Assert.Equal(FilingStatus.Recommended, application.Status);
    }

    [Fact]
    public void Art11_3_Resubmit_AfterDeadline_IsRejected()
    {
        var application = ApplicationBuilder.InState(FilingStatus.CorrectionRequested);

        AssertRejected(() => application.ResubmitCorrection(Applicant, null, At(3, 21, 0), new MondayToFridayCalendar()),
            "filing.correction_deadline_passed", RuleKind.Conflict);
        Assert.Equal(FilingStatus.CorrectionRequested, application.Status);
    }

    [Fact]
    public void Art12_Resubmit_WithoutTheCharter_IsRefused()
    {
        var application = ApplicationBuilder.InState(FilingStatus.CorrectionRequested);
        application.RemoveAttachment(application.Attachments.Single(a => a.Kind == AttachmentKind.Charter).Id);

        AssertRejected(() => application.ResubmitCorrection(Applicant, null, Now, new MondayToFridayCalendar()), "filing.charter_missing");
    }

    [Fact]
    public void Art11_3_Lapse_BeforeTheCorrectionDeadlineCloses_IsRefused()
    {
        var application = ApplicationBuilder.InState(FilingStatus.CorrectionRequested);

        AssertRejected(() => application.Lapse(At(3, 20, 23, 59, 59)), "filing.correction_not_due", RuleKind.Conflict);
        Assert.Equal(FilingStatus.CorrectionRequested, application.Status);
    }

    [Fact]
    public void Art11_3_Lapse_WhenTheCorrectionDeadlineHasClosed_ClosesTheApplication()
    {
        var application = ApplicationBuilder.InState(FilingStatus.CorrectionRequested);

        application.Lapse(At(3, 21, 0));

        Assert.Equal(FilingStatus.Lapsed, application.Status);
        Assert.All(application.Stages, s => Assert.True(s.IsClosed));
        Assert.Null(application.OpenStage);
        Assert.Null(application.CorrectionClosesAt);
        Assert.Equal(Actor.SystemRole, application.History[^1].ActorRole);
        Assert.IsType<ApplicationLapsed>(Assert.Single(application.DomainEvents));
    }
}
