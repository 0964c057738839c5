using AlliancePlatform.Filing.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>The deadline settings ([policy default], Art 11-3, 11-7) and overdue stages.</summary>
public class DeadlineTests
{
    [Fact]
    public void Art11_Deadlines_Default_AreTenFifteenAndFiveWorkingDays() =>
        Assert.Equal((10, 15, 5), (FilingDeadlines.Default.StageWorkingDays, FilingDeadlines.Default.CorrectionWorkingDays, FilingDeadlines.Default.NoticeWorkingDays));

    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    public void Art11_7_Deadlines_NoticeBelowFiveWorkingDays_IsRefused(int noticeWorkingDays) =>
        AssertRejected(() => new FilingDeadlines(noticeWorkingDays: noticeWorkingDays), "filing.notice_too_short");

    [Fact]
    public void Art11_7_Deadlines_NoticeOfFiveWorkingDays_IsAccepted() =>
        Assert.Equal(5, new FilingDeadlines(20, 30, 5).NoticeWorkingDays);

    [Fact]
    public void Art11_Deadlines_StageOfNoWorkingDays_IsRefused() =>
        AssertRejected(() => new FilingDeadlines(stageWorkingDays: 0), "filing.stage_deadline_not_positive");

    [Fact]
    public void Art11_3_Deadlines_CorrectionOfNoWorkingDays_IsRefused() =>
        AssertRejected(() => new FilingDeadlines(correctionWorkingDays: -1), "filing.correction_deadline_not_positive");

    [Fact]
    public void Art11_Stage_UsesTheConfiguredWorkingDays()
    {
        var application = new ApplicationBuilder { Deadlines = new FilingDeadlines(stageWorkingDays: 3) }.Build(FilingStatus.Submitted);

        Assert.Equal(new DateOnly(2026, 3, 4), application.OpenStage!.DueOn);
    }

    [Fact]
    public void Art11_IsOverdue_OnlyAfterTheDueDayHasEndedInChina()
    {
        var application = ApplicationBuilder.InState(FilingStatus.Submitted);
        Assert.Equal(new DateOnly(2026, 3, 13), application.OpenStage!.DueOn);

        Assert.False(application.IsOverdue(new DateTimeOffset(2026, 3, 13, 23, 59, 59, TimeSpan.FromHours(8))));
        Assert.True(application.IsOverdue(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.FromHours(8))));
        Assert.True(application.IsOverdue(new DateTimeOffset(2026, 3, 13, 16, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(FilingStatus.Draft)]
    [InlineData(FilingStatus.Returned)]
    [InlineData(FilingStatus.Filed)]
    [InlineData(FilingStatus.Withdrawn)]
    public void Art11_IsOverdue_WithoutAnOpenStage_IsFalse(FilingStatus state) =>
        Assert.False(ApplicationBuilder.InState(state).IsOverdue(Now.AddYears(1)));

    [Fact]
    public void Art11_3_IsOverdue_DuringACorrection_FollowsTheCorrectionDeadline()
    {
        var application = ApplicationBuilder.InState(FilingStatus.CorrectionRequested);

        Assert.False(application.IsOverdue(new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8))));
        Assert.True(application.IsOverdue(new DateTimeOffset(2026, 3, 21, 10, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void Art11_EveryOpenState_HasExactlyOneRunningStage()
    {
        foreach (var state in RestingStates.Where(s => !s.IsTerminal() && s is not FilingStatus.Draft and not FilingStatus.Returned))
        {
            var application = ApplicationBuilder.InState(state);
            Assert.Single(application.Stages, s => s.IsOpen);
        }
    }
}
