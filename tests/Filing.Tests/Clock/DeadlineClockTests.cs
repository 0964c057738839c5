using AlliancePlatform.Filing.Domain;
using Microsoft.Extensions.Time.Testing;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Clock;

/// <summary>
/// The deadlines of Art 11 as the filing timer sees them, with time moved by a fake clock over the real 2026
/// holiday schedule: a correction that runs out, a notice that closes, a stage that falls overdue.
/// </summary>
public class DeadlineClockTests
{
    private static readonly WorkingDayCalendar Calendar2026 = new([ChinaHolidaySchedules.Year2026]);

    // Friday 25 September 2026, 10:00 in Harbin: the Mid-Autumn and National Day holidays are ahead.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 9, 25, 10, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void Art11_3_ACorrectionNotResubmitted_LapsesOnlyOnceItsFifteenthWorkingDayHasEnded()
    {
        var application = InRecommended();
        application.RequestCorrection(Secretariat, "章程签署页不全。", null, _clock.GetUtcNow(), Calendar2026, FilingDeadlines.Default);
        // 25 Sep (holiday) → day 1 is Mon 28 Sep, … 30 Sep, then 8, 9, 10 (make-up Saturday), 12–16, 19–22 Oct: day 15 is 22 Oct.
        Assert.Equal(new DateTimeOffset(2026, 10, 23, 0, 0, 0, TimeSpan.FromHours(8)), application.CorrectionClosesAt);

        _clock.SetUtcNow(new DateTimeOffset(2026, 10, 22, 23, 59, 59, TimeSpan.FromHours(8)));
        AssertRejected(() => application.Lapse(_clock.GetUtcNow()), "filing.correction_not_due", ServiceDefaults.Domain.RuleKind.Conflict);

        _clock.Advance(TimeSpan.FromSeconds(1));
        application.Lapse(_clock.GetUtcNow());
        Assert.Equal(FilingStatus.Lapsed, application.Status);
    }

    [Fact]
    public void Art11_3_ACorrectionResubmittedOnItsLastDay_ResumesTheReviewWithTheWorkingDaysItHadLeft()
    {
        var application = InRecommended();
        var dueBefore = application.OpenStage!.DueOn;
        application.RequestCorrection(Secretariat, "请补充材料。", null, _clock.GetUtcNow(), Calendar2026, FilingDeadlines.Default);

        _clock.SetUtcNow(new DateTimeOffset(2026, 10, 22, 18, 0, 0, TimeSpan.FromHours(8)));
        application.ResubmitCorrection(Applicant, "已补充。", _clock.GetUtcNow(), Calendar2026);

        Assert.Equal(FilingStatus.Recommended, application.Status);
        Assert.True(application.OpenStage!.DueOn > dueBefore);
        Assert.False(application.IsOverdue(_clock.GetUtcNow()));
    }

    [Fact]
    public void Art11_7_ANoticeApprovedBeforeNationalDay_ClosesAfterFiveWorkingDays_AndOnlyThenCanBeFiled()
    {
        var application = InExpertConsulted();
        application.Decide(AdminDivision, new DepartmentMeetingDecision(new DateOnly(2026, 9, 25), "厅会议纪要", true, "同意"),
            _clock.GetUtcNow(), Calendar2026, FilingDeadlines.Default);
        // 25 Sep is a holiday: Mon 28, 29, 30 Sep, Thu 8, Fri 9 Oct.
        Assert.Equal(new DateOnly(2026, 10, 9), application.Notice!.LastDay);

        _clock.SetUtcNow(new DateTimeOffset(2026, 10, 9, 23, 0, 0, TimeSpan.FromHours(8)));
        Assert.False(application.IsReadyToFile(_clock.GetUtcNow()));
        application.FileObjection(new ObjectionSubmission("李女士", "0451-12345678", "请核实成员单位。"), _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.False(application.IsReadyToFile(_clock.GetUtcNow())); // closed, but an objection waits for its ruling
        application.RuleOnObjection(AdminDivision, application.Objections[0].Id, upheld: false, "异议不成立。", _clock.GetUtcNow());
        Assert.True(application.IsReadyToFile(_clock.GetUtcNow()));
        application.File(Numbers, _clock.GetUtcNow());
        Assert.Equal(FilingStatus.Filed, application.Status);
    }

    [Fact]
    public void Art11_AStage_FallsOverdueTheDayAfterItsTenthWorkingDay()
    {
        var application = InRecommended();
        var due = application.OpenStage!.DueOn;

        _clock.SetUtcNow(new DateTimeOffset(due.ToDateTime(new TimeOnly(23, 59)), TimeSpan.FromHours(8)));
        Assert.False(application.IsOverdue(_clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(application.IsOverdue(_clock.GetUtcNow()));
    }

    private FilingApplication InRecommended()
    {
        var now = _clock.GetUtcNow();
        var application = FilingApplication.Create(Applicant, AllianceId, "黑龙江省新材料产业技术创新联盟", "new_materials", Region, now);
        application.AddAttachment(Attachment(AttachmentKind.ApplicationForm));
        application.AddAttachment(Attachment(AttachmentKind.Charter, "章程.pdf"));
        application.Submit(Applicant, new EligibilitySnapshot(true, [], now), now, Calendar2026, FilingDeadlines.Default);
        application.Recommend(Recommender, null, now, Calendar2026, FilingDeadlines.Default);
        return application;
    }

    private FilingApplication InExpertConsulted()
    {
        var now = _clock.GetUtcNow();
        var application = InRecommended();
        application.PassFormalReview(Secretariat, null, now, Calendar2026, FilingDeadlines.Default);
        application.PassBusinessReview(BusinessDivision, null, now, Calendar2026, FilingDeadlines.Default);
        foreach (var expert in new[] { ManagementExpert, IndustryExpert })
        {
            application.AssignExpert(AdminDivision, expert, new HashSet<string>(), now);
            application.RecordExpertOpinion(ExpertActor(expert), ExpertOpinion.Supports, "同意。", now);
        }
        application.CompleteExpertConsultation(AdminDivision, "建议备案。", now, Calendar2026, FilingDeadlines.Default);
        return application;
    }
}
