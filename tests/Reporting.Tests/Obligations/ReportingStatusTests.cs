using AlliancePlatform.Reporting.Domain;
using CsCheck;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.Obligations;

/// <summary>The status of a year's report, told by dates alone (Art 13): around the year end, the due day and beyond.</summary>
public class ReportingStatusTests
{
    private static readonly FakeWorkingDays Calendar = new FakeWorkingDays().WithHolidays(new DateOnly(2027, 1, 1), new DateOnly(2028, 1, 1));

    [Fact]
    public void Art13_DefaultDeadline_Is31JanuaryOfTheFollowingYear()
    {
        Assert.Equal(new DateOnly(2027, 1, 31), Year2026.DueOn);
        Assert.Equal(new DateOnly(2028, 1, 31), Year2027.DueOn);
    }

    [Fact]
    public void Art13_Status_OnTheLastSecondOfTheYear_IsNotDue() =>
        Assert.Equal(ReportingStatus.NotDue, Year2026.StandingAt(null, China(2026, 12, 31, 23, 59, 59), Calendar).Status);

    [Fact]
    public void Art13_Status_FromNewYearsMidnight_IsDue_WithTheWorkingDaysLeft()
    {
        var standing = Year2026.StandingAt(null, China(2027, 1, 1, 0, 0, 0), Calendar);

        // 1 Jan 2027 is a holiday; 4–8, 11–15, 18–22, 25–29 January are the working days up to Sunday 31 January.
        Assert.Equal(
            new ReportingStanding(ReportingStatus.Due, new DateOnly(2027, 1, 31), WorkingDaysLeft: 20, YearsWithoutSchedule: standing.YearsWithoutSchedule),
            standing);
        Assert.Empty(standing.YearsWithoutSchedule!);
    }

    [Fact]
    public void Art13_Status_On2027To2028YearBoundary_TurnsDueAtMidnight()
    {
        Assert.Equal(ReportingStatus.NotDue, Year2027.StandingAt(null, China(2027, 12, 31, 23, 59, 59), Calendar).Status);

        var standing = Year2027.StandingAt(null, China(2028, 1, 1, 0, 0, 0), Calendar);

        // Saturday 1 Jan 2028; 3–7, 10–14, 17–21, 24–28 and Monday 31 January: 21 working days.
        Assert.Equal((ReportingStatus.Due, 21), (standing.Status, standing.WorkingDaysLeft));
    }

    [Fact]
    public void Art13_Status_OnTheDueDayAt2359_IsStillDue()
    {
        var standing = Year2026.StandingAt(null, China(2027, 1, 31, 23, 59, 59), Calendar);

        Assert.Equal(ReportingStatus.Due, standing.Status);
        Assert.Equal(0, standing.WorkingDaysLeft); // Sunday: no working day left, yet the day still counts
    }

    [Fact]
    public void Art13_Status_AtMidnightAfterTheDueDayInShanghai_IsMissing_OneDayOverdue()
    {
        var midnight = new DateTimeOffset(2027, 1, 31, 16, 0, 0, TimeSpan.Zero); // 1 Feb 2027 00:00 in Harbin

        var standing = Year2026.StandingAt(null, midnight, Calendar);

        Assert.Equal(new ReportingStanding(ReportingStatus.Missing, new DateOnly(2027, 1, 31), DaysOverdue: 1), standing);
        Assert.Equal(ReportingStatus.Due, Year2026.StandingAt(null, midnight.AddTicks(-1), Calendar).Status);
    }

    [Fact]
    public void Art13_Status_DueDayOnAWeekend_DoesNotMove_AndTheLastWorkingDayCountsItself()
    {
        Assert.Equal(1, Year2026.StandingAt(null, China(2027, 1, 29), Calendar).WorkingDaysLeft); // Friday
        Assert.Equal(0, Year2026.StandingAt(null, China(2027, 1, 30), Calendar).WorkingDaysLeft); // Saturday
        Assert.Equal(ReportingStatus.Missing, Year2026.StandingAt(null, China(2027, 2, 1, 0, 0, 0), Calendar).Status);
    }

    [Fact]
    public void Art13_Status_HolidaysAndMakeUpDays_AreCountedByTheCalendar()
    {
        var calendar = new FakeWorkingDays().WithHolidays(new DateOnly(2027, 1, 28), new DateOnly(2027, 1, 29)).WithMakeUpDays(new DateOnly(2027, 1, 31));

        Assert.Equal(2, Year2026.StandingAt(null, China(2027, 1, 27), calendar).WorkingDaysLeft); // Wed 27 and make-up Sun 31
        Assert.Equal(1, Year2026.StandingAt(null, China(2027, 1, 28), calendar).WorkingDaysLeft);
    }

    [Fact]
    public void Art13_Submit_OnTheDueDayAt2359_IsOnTime()
    {
        var standing = Year2026.StandingAt(China(2027, 1, 31, 23, 59, 59), China(2027, 3, 1), Calendar);

        Assert.Equal(new ReportingStanding(ReportingStatus.SubmittedOnTime, new DateOnly(2027, 1, 31), new DateOnly(2027, 1, 31)), standing);
    }

    [Fact]
    public void Art13_Submit_AfterTheDeadline_IsLate_ByCalendarDays()
    {
        var standing = Year2026.StandingAt(China(2027, 2, 1, 0, 0, 0), China(2027, 3, 1), Calendar);

        Assert.Equal((ReportingStatus.SubmittedLate, 1), (standing.Status, standing.DaysLate));
    }

    [Theory]
    [InlineData(2, 28, 28)]
    [InlineData(2, 29, 29)]
    [InlineData(3, 1, 30)]
    public void Art13_Submit_InLeapFebruary2028_CountsThe29th(int month, int day, int daysLate)
    {
        var standing = Year2027.StandingAt(China(2028, month, day), China(2028, 6, 1), Calendar);

        Assert.Equal((ReportingStatus.SubmittedLate, daysLate), (standing.Status, standing.DaysLate));
    }

    [Fact]
    public void Art13_Missing_Through29February2028_CountsEveryDayOverdue() =>
        Assert.Equal(30, Year2027.StandingAt(null, China(2028, 3, 1), Calendar).DaysOverdue);

    [Fact]
    public void Art13_ReturnedAndResubmittedAfterTheDeadline_IsJudgedByTheFirstSubmission_OnTime()
    {
        var report = Submitted(Year2026, China(2027, 1, 20));
        report.Return(Secretariat, "请补充成果转移转化合同金额。", China(2027, 1, 25));
        report.Submit(Applicant, China(2027, 2, 10));

        Assert.Equal(ReportingStatus.SubmittedOnTime, report.StandingAt(Year2026, China(2027, 3, 1), Calendar).Status);
        Assert.Equal(China(2027, 1, 20), report.FirstSubmittedAt);
        Assert.Equal(China(2027, 2, 10), report.LastSubmittedAt);
    }

    [Fact]
    public void Art13_FirstSubmittedLate_StaysLateByTheFirstSubmission_HoweverOftenResubmitted()
    {
        var report = Submitted(Year2026, China(2027, 2, 5));
        report.Return(Secretariat, "请补充。", China(2027, 2, 6));
        report.Submit(Applicant, China(2027, 4, 1));

        var standing = report.StandingAt(Year2026, China(2027, 5, 1), Calendar);

        Assert.Equal((ReportingStatus.SubmittedLate, 5), (standing.Status, standing.DaysLate));
    }

    [Fact]
    public void Art13_Status_ASubmissionLaterThanNow_HasNotHappenedYet() =>
        Assert.Equal(ReportingStatus.Due, Year2026.StandingAt(China(2027, 1, 20), China(2027, 1, 10), Calendar).Status);

    [Fact]
    public void Art13_Deadline_IsASetting_And29FebruaryFallsOn28InCommonYears()
    {
        Assert.Equal(new DateOnly(2027, 3, 31), new ReportingDeadline(3, 31).DueOn(2026));
        Assert.Equal(new DateOnly(2027, 2, 28), new ReportingDeadline(2, 29).DueOn(2026));
        Assert.Equal(new DateOnly(2028, 2, 29), new ReportingDeadline(2, 29).DueOn(2027));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(13, 1)]
    [InlineData(4, 31)]
    [InlineData(2, 30)]
    [InlineData(1, 0)]
    public void Art13_Deadline_NotADayOfAMonth_IsRefused(int month, int day) =>
        AssertRejected(() => _ = new ReportingDeadline(month, day), "reporting.deadline_invalid");

    [Fact]
    public void Art13_Status_AnyMoment_TellsTheTruthAboutTheDates() =>
        Gen.Select(
                Gen.Long[China(2026, 11, 1).ToUnixTimeSeconds(), China(2027, 6, 1).ToUnixTimeSeconds()],
                Gen.Long[China(2026, 12, 20).ToUnixTimeSeconds(), China(2027, 6, 1).ToUnixTimeSeconds()],
                Gen.Bool)
            .Sample((nowSeconds, submittedSeconds, hasSubmission) =>
            {
                var now = DateTimeOffset.FromUnixTimeSeconds(nowSeconds);
                DateTimeOffset? submitted = hasSubmission ? DateTimeOffset.FromUnixTimeSeconds(submittedSeconds) : null;
                var standing = Year2026.StandingAt(submitted, now, Calendar);
                var hasSubmitted = submitted <= now;

                Assert.Equal(hasSubmitted && submitted < Year2026.ClosesAt, standing.Status == ReportingStatus.SubmittedOnTime);
                Assert.Equal(hasSubmitted && submitted >= Year2026.ClosesAt, standing.Status == ReportingStatus.SubmittedLate);
                Assert.Equal(!hasSubmitted && now < Year2026.YearEndsAt, standing.Status == ReportingStatus.NotDue);
                Assert.Equal(!hasSubmitted && now >= Year2026.YearEndsAt && now < Year2026.ClosesAt, standing.Status == ReportingStatus.Due);
                Assert.Equal(!hasSubmitted && now >= Year2026.ClosesAt, standing.Status == ReportingStatus.Missing);
                Assert.Equal(standing.Status == ReportingStatus.Due, standing.WorkingDaysLeft is >= 0);
                Assert.Equal(standing.Status == ReportingStatus.SubmittedLate, standing.DaysLate is >= 1);
                Assert.Equal(standing.Status == ReportingStatus.Missing, standing.DaysOverdue is >= 1);
            });
}
