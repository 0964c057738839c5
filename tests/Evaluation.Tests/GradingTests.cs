using AlliancePlatform.Evaluation.Domain;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>Grades (Art 23): thresholds, proposals, adjustments with reasons, the meeting, the notice, publication, D twice.</summary>
public class GradingTests
{
    [Theory]
    [InlineData("100", Grade.A)]
    [InlineData("86.00", Grade.A)]
    [InlineData("85.99", Grade.B)]
    [InlineData("75.00", Grade.B)]
    [InlineData("74.99", Grade.C)]
    [InlineData("65.00", Grade.C)]
    [InlineData("64.99", Grade.D)]
    [InlineData("0", Grade.D)]
    public void Art23_DefaultThresholds_AreExactAtTheBoundaries(string composite, Grade expected) =>
        Assert.Equal(expected, GradeThresholds.Default.GradeFor(decimal.Parse(composite, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("A", Grade.A)]
    [InlineData("b", Grade.B)]
    [InlineData(" C ", Grade.C)]
    [InlineData("D", Grade.D)]
    public void Art23_GradeNames_ReadsTheFourGrades(string text, Grade expected) => Assert.Equal(expected, GradeNames.Parse(text));

    [Theory]
    [InlineData("E")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void Art23_GradeNames_AnythingElse_IsAnUnknownGrade(string? text) =>
        Assert.Equal("evaluation.grade_unknown", Violation(() => GradeNames.Parse(text)).Code);

    [Fact]
    public void Art23_ServiceSettings_ANoticeBelowFiveWorkingDaysOrThresholdsOutOfOrder_AreNotValid()
    {
        Assert.Null(new EvaluationOptions().Problem());
        Assert.Equal(EvaluationSettings.Default.Thresholds, new EvaluationOptions().ToSettings().Thresholds);
        Assert.NotNull(new EvaluationOptions { NoticeWorkingDays = 4 }.Problem());
        Assert.NotNull(new EvaluationOptions { GradeA = 70m }.Problem());
        Assert.Equal(80m, new EvaluationOptions { GradeA = 80m, GradeB = 70m, GradeC = 60m }.ToSettings().Thresholds.A);
    }

    [Fact]
    public void Art23_Thresholds_AreSettings_AndMustDescend()
    {
        Assert.Equal(Grade.A, new GradeThresholds(a: 85m).GradeFor(85.00m));
        Assert.Equal("evaluation.thresholds_invalid", Violation(() => _ = new GradeThresholds(a: 75m, b: 75m)).Code);
        Assert.Equal("evaluation.thresholds_invalid", Violation(() => _ = new GradeThresholds(a: 100.01m)).Code);
    }

    [Fact]
    public void Art23_ProposedGrades_FollowTheCompositeAtTheThreshold()
    {
        var campaign = InExpertReview(alliances: 3);
        ExpertReview[] reviews = [ReviewWithTotals(campaign, 1, 85.99m), ReviewWithTotals(campaign, 2, 86.00m)];

        campaign.CloseExpertReview(Admin, reviews, EvaluationSettings.Default, AfterReview);

        Assert.Equal(CampaignStatus.Grading, campaign.Status);
        Assert.Equal(Grade.B, campaign.InScope(Alliance(1).AllianceId).ProposedGrade);
        Assert.Equal(Grade.A, campaign.InScope(Alliance(2).AllianceId).ProposedGrade);
        Assert.Null(campaign.InScope(Alliance(3).AllianceId).Grade);
        Assert.Equal(GradeThresholds.Default, campaign.Thresholds);
    }

    [Fact]
    public void Art23_Adjustment_WithoutAReason_IsRefused()
    {
        var campaign = Graded();

        var violation = Violation(() => campaign.AdjustGrade(Admin, Alliance(1).AllianceId, Grade.A, "  ", AfterReview));

        Assert.Equal("evaluation.reason_required", violation.Code);
        Assert.Empty(campaign.Adjustments);
    }

    [Fact]
    public void Art23_Adjustment_WithAReason_IsRecorded()
    {
        var campaign = Graded();

        campaign.AdjustGrade(Admin, Alliance(1).AllianceId, Grade.A, "牵头制定国家标准2项，专家评分未充分体现", AfterReview);

        var adjustment = Assert.Single(campaign.Adjustments);
        Assert.Equal((Grade?)Grade.B, adjustment.From);
        Assert.Equal(Grade.A, adjustment.To);
        Assert.Equal("admin-1", adjustment.AdjustedBy);
        var alliance = campaign.InScope(Alliance(1).AllianceId);
        Assert.Equal(Grade.A, alliance.Grade);
        Assert.Equal(Grade.B, alliance.ProposedGrade);
        Assert.True(alliance.IsAdjusted);
    }

    [Fact]
    public void Art23_Adjustment_ByAnotherRoleOrToTheSameGrade_IsRefused()
    {
        var campaign = Graded();

        Assert.Equal("evaluation.wrong_role", Violation(() => campaign.AdjustGrade(Secretariat, Alliance(1).AllianceId, Grade.A, "理由", AfterReview)).Code);
        Assert.Equal("evaluation.grade_unchanged", Violation(() => campaign.AdjustGrade(Admin, Alliance(1).AllianceId, Grade.B, "理由", AfterReview)).Code);
    }

    [Fact]
    public void Art22_ConfirmGrades_WithAnAllianceUngraded_IsRefused()
    {
        var campaign = InExpertReview(alliances: 2);
        campaign.CloseExpertReview(Admin, [ReviewWithTotals(campaign, 1, 80m)], EvaluationSettings.Default, AfterReview);

        Assert.Equal("evaluation.grades_missing", Violation(() => campaign.ConfirmGrades(Admin, Meeting, At(2026, 9, 29), Calendar, EvaluationSettings.Default)).Code);

        campaign.AdjustGrade(Admin, Alliance(2).AllianceId, Grade.D, "无专家评分，经审议评为D级", AfterReview);
        campaign.ConfirmGrades(Admin, Meeting, At(2026, 9, 29), Calendar, EvaluationSettings.Default);
        Assert.Equal(CampaignStatus.Notice, campaign.Status);
    }

    [Fact]
    public void Art23_Notice_OfFiveWorkingDays_SpansTheNationalDayHoliday()
    {
        var campaign = Graded();

        campaign.ConfirmGrades(Admin, Meeting, At(2026, 9, 29), Calendar, EvaluationSettings.Default);

        var notice = campaign.Notice!;
        Assert.Equal(5, notice.WorkingDays);
        Assert.Equal(new DateOnly(2026, 9, 29), notice.FirstDay);
        // 29, 30 September; 1-7 October off; 8, 9 October; Saturday 10 October is worked (调休).
        Assert.Equal(new DateOnly(2026, 10, 10), notice.LastDay);
        Assert.Equal(At(2026, 10, 11, 0), notice.ClosesAt);
        Assert.Equal("", notice.YearsWithoutSchedule);
    }

    [Fact]
    public void Art23_Notice_ShorterThanFiveWorkingDays_CannotBeSet() =>
        Assert.Equal("evaluation.notice_too_short", Violation(() => _ = new EvaluationSettings(noticeWorkingDays: 4)).Code);

    [Fact]
    public void Art23_Notice_LongerThanFive_IsASetting()
    {
        var campaign = Graded();

        campaign.ConfirmGrades(Admin, Meeting, At(2026, 9, 29), Calendar, new EvaluationSettings(noticeWorkingDays: 7));

        Assert.Equal(new DateOnly(2026, 10, 13), campaign.Notice!.LastDay);
    }

    [Fact]
    public void Art22_Meeting_DatedInTheFutureOrUnnamed_IsRefused()
    {
        var campaign = Graded();

        Assert.Equal("evaluation.meeting_in_future", Violation(() => campaign.ConfirmGrades(Admin, Meeting with { MeetingOn = new DateOnly(2026, 9, 30) }, At(2026, 9, 29), Calendar, EvaluationSettings.Default)).Code);
        Assert.Equal("evaluation.meeting_reference_required", Violation(() => campaign.ConfirmGrades(Admin, Meeting with { MeetingReference = " " }, At(2026, 9, 29), Calendar, EvaluationSettings.Default)).Code);
        Assert.Equal("evaluation.wrong_role", Violation(() => campaign.ConfirmGrades(Secretariat, Meeting, At(2026, 9, 29), Calendar, EvaluationSettings.Default)).Code);
    }

    [Fact]
    public void Art23_Publish_WaitsForTheNoticeToClose()
    {
        var campaign = Graded();
        campaign.ConfirmGrades(Admin, Meeting, At(2026, 9, 29), Calendar, EvaluationSettings.Default);

        Assert.Equal("evaluation.notice_still_open", Violation(() => campaign.Publish(Actor.System, At(2026, 10, 10, 23, 59))).Code);
        Assert.Equal("evaluation.wrong_role", Violation(() => campaign.Publish(Expert(1), At(2026, 10, 11))).Code);

        var published = campaign.Publish(Actor.System, At(2026, 10, 11, 0, 1));

        Assert.Equal(CampaignStatus.Published, campaign.Status);
        Assert.Equal([Grade.B, Grade.D], published.Select(p => p.Grade));
        Assert.All(published, p => Assert.Equal(new DateOnly(2026, 10, 11), p.PublishedOn));
        Assert.Equal("evaluation.wrong_state", Violation(() => campaign.AdjustGrade(Admin, Alliance(1).AllianceId, Grade.A, "理由", At(2026, 10, 12))).Code);
    }

    [Fact]
    public void Art23_PublishedD_OpensARectification_OthersDoNot()
    {
        var campaign = Graded();
        campaign.ConfirmGrades(Admin, Meeting, At(2026, 9, 29), Calendar, EvaluationSettings.Default);
        var published = campaign.Publish(Actor.System, At(2026, 10, 12));

        var rectification = Rectification.Open(published.Single(p => p.Grade == Grade.D), EvaluationSettings.Default, At(2026, 10, 12));

        Assert.Equal(new DateOnly(2027, 1, 10), rectification.DueOn);
        Assert.True(rectification.IsOpen);
        Assert.Equal("evaluation.not_a_grade_d", Violation(() => Rectification.Open(published.Single(p => p.Grade == Grade.B), EvaluationSettings.Default, At(2026, 10, 12))).Code);
    }

    [Fact]
    public void Art23_DInTwoConsecutiveCampaigns_IsARepeatedGradeD()
    {
        var alliance = Alliance(1).AllianceId;
        var previous = new PublishedGrade(Guid.CreateVersion7(), 2024, alliance, Grade.D, 60m, new DateOnly(2024, 11, 1));
        var current = new PublishedGrade(Guid.CreateVersion7(), 2026, alliance, Grade.D, 62m, new DateOnly(2026, 10, 11));

        var decision = RepeatedGradeDRule.Decide(current, previous);

        Assert.Equal(new RepeatedGradeD(alliance, current.CampaignId, 2026, previous.CampaignId, 2024), decision);
    }

    [Fact]
    public void Art23_DAfterAnotherGradeOrNone_IsNoRepeatedGradeD()
    {
        var alliance = Alliance(1).AllianceId;
        var current = new PublishedGrade(Guid.CreateVersion7(), 2026, alliance, Grade.D, 62m, new DateOnly(2026, 10, 11));

        Assert.Null(RepeatedGradeDRule.Decide(current, null));
        Assert.Null(RepeatedGradeDRule.Decide(current, current with { CampaignId = Guid.CreateVersion7(), Year = 2024, Grade = Grade.C }));
        Assert.Null(RepeatedGradeDRule.Decide(current with { Grade = Grade.C }, current with { CampaignId = Guid.CreateVersion7(), Year = 2024 }));
    }

    private static readonly DepartmentMeetingDecision Meeting = new(new DateOnly(2026, 9, 29), "2026年第9次厅务会");

    /// <summary>Two alliances in grading: alliance 1 proposed B (80), alliance 2 proposed D (50).</summary>
    private static EvaluationCampaign Graded()
    {
        var campaign = InExpertReview(alliances: 2);
        campaign.CloseExpertReview(Admin, [ReviewWithTotals(campaign, 1, 80m, 78m, 82m), ReviewWithTotals(campaign, 2, 50m)], EvaluationSettings.Default, AfterReview);
        return campaign;
    }
}
