using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>The department meeting (Art 11-6), the public notice with its objections (Art 11-7) and filing (Art 11-8).</summary>
public class PublicNoticeTests
{
    private static readonly ObjectionSubmission AnObjection = new("赵某", "13800000000", "联盟成员单位数量与事实不符。");
    private static readonly DateTimeOffset NoticeClosesAt = new(2026, 3, 7, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Art11_7_Approval_PassesThroughApprovedIntoAFiveWorkingDayNotice()
    {
        var application = ApplicationBuilder.InState(FilingStatus.ExpertConsulted);

        application.Decide(AdminDivision, Approval(), Now, new MondayToFridayCalendar(), FilingDeadlines.Default);

        Assert.Equal(FilingStatus.PublicNotice, application.Status);
        Assert.Equal(
            [(FilingStatus.ExpertConsulted, FilingStatus.Approved), (FilingStatus.Approved, FilingStatus.PublicNotice)],
            application.History.TakeLast(2).Select(t => (t.From!.Value, t.To)));
        var notice = application.Notice!;
        Assert.Equal((Today, Today, new DateOnly(2026, 3, 6)), (notice.OpensOn, notice.FirstDay, notice.LastDay));
        Assert.Equal(NoticeClosesAt, notice.ClosesAt);
        Assert.Equal("2026年第5次厅务会", application.MeetingDecision!.MeetingReference);
        Assert.Equal(ReviewStageKind.PublicNotice, application.OpenStage!.Kind);
        Assert.Equal(notice.LastDay, application.OpenStage.DueOn);
        Assert.Same(notice, Assert.IsType<PublicNoticeStarted>(application.DomainEvents[^1]).Notice);
    }

    [Fact]
    public void Art11_7_Notice_OpenedOnASaturdayBeforeAHoliday_CountsFromTheNextWorkingDay()
    {
        var application = ApplicationBuilder.InState(FilingStatus.ExpertConsulted);
        var saturday = new DateTimeOffset(2026, 3, 7, 9, 0, 0, TimeSpan.FromHours(8));
        var calendar = new MondayToFridayCalendar().WithHolidays(new DateOnly(2026, 3, 9));

        application.Decide(AdminDivision, Approval(new DateOnly(2026, 3, 6)), saturday, calendar, new FilingDeadlines(noticeWorkingDays: 7));

        var notice = application.Notice!;
        Assert.Equal(new DateOnly(2026, 3, 7), notice.OpensOn);
        Assert.Equal(new DateOnly(2026, 3, 10), notice.FirstDay);
        Assert.Equal(new DateOnly(2026, 3, 18), notice.LastDay);
        Assert.Equal(7, notice.WorkingDays);
    }

    [Fact]
    public void Art11_6_Decision_NotApproved_RejectsTheApplication()
    {
        var application = ApplicationBuilder.InState(FilingStatus.ExpertConsulted);

        application.Decide(AdminDivision, Approval() with { Approved = false, Reason = "厅会议认为暂不具备备案条件。" }, Now,
            new MondayToFridayCalendar(), FilingDeadlines.Default);

        Assert.Equal(FilingStatus.Rejected, application.Status);
        Assert.Null(application.Notice);
        Assert.False(application.MeetingDecision!.Approved);
        var rejected = Assert.IsType<ApplicationRejected>(Assert.Single(application.DomainEvents));
        Assert.Equal(ReviewStageKind.FilingDecision, rejected.AtStage);
    }

    [Fact]
    public void Art11_6_Decision_NotApprovedWithoutAReason_IsRefused() =>
        AssertRejected(
            () => ApplicationBuilder.InState(FilingStatus.ExpertConsulted).Decide(AdminDivision, Approval() with { Approved = false, Reason = "" }, Now,
                new MondayToFridayCalendar(), FilingDeadlines.Default),
            "filing.reason_required");

    [Fact]
    public void Art11_6_Decision_OfAMeetingNotYetHeld_IsRefused() =>
        AssertRejected(
            () => ApplicationBuilder.InState(FilingStatus.ExpertConsulted).Decide(AdminDivision, Approval(Today.AddDays(1)), Now,
                new MondayToFridayCalendar(), FilingDeadlines.Default),
            "filing.meeting_in_future");

    [Fact]
    public void Art11_6_Decision_WithoutTheMeeting_IsRefused() =>
        AssertRejected(
            () => ApplicationBuilder.InState(FilingStatus.ExpertConsulted).Decide(AdminDivision, Approval() with { MeetingReference = " " }, Now,
                new MondayToFridayCalendar(), FilingDeadlines.Default),
            "filing.meeting_reference_required");

    [Fact]
    public void Art11_7_Objection_WhileTheNoticeIsOpen_IsKeptPending()
    {
        var application = ApplicationBuilder.InState(FilingStatus.PublicNotice);

        var objection = application.FileObjection(AnObjection, NoticeClosesAt.AddTicks(-1));

        Assert.Same(objection, Assert.Single(application.Objections));
        Assert.Equal(ObjectionRuling.Pending, objection.Ruling);
        Assert.Equal("赵某", objection.Name);
        Assert.Equal(objection.Id, Assert.IsType<ObjectionFiled>(Assert.Single(application.DomainEvents)).ObjectionId);
    }

    [Fact]
    public void Art11_7_Objection_AfterTheNoticeCloses_IsRefused()
    {
        var application = ApplicationBuilder.InState(FilingStatus.PublicNotice);

        AssertRejected(() => application.FileObjection(AnObjection, NoticeClosesAt), "filing.notice_closed", RuleKind.Conflict);
        Assert.Empty(application.Objections);
    }

    [Fact]
    public void Art11_7_Objection_WithoutContent_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.InState(FilingStatus.PublicNotice).FileObjection(AnObjection with { Content = "" }, Now),
            "filing.objection_content_required");

    [Fact]
    public void Art11_7_Objection_WithoutContactDetails_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.InState(FilingStatus.PublicNotice).FileObjection(AnObjection with { Contact = "" }, Now),
            "filing.objector_required");

    [Fact]
    public void Art11_7_UpheldObjection_RejectsTheApplicationAtOnce()
    {
        var application = ApplicationBuilder.InState(FilingStatus.PublicNotice);
        var objection = application.FileObjection(AnObjection, Now);

        application.RuleOnObjection(AdminDivision, objection.Id, true, "经核实，成员单位数量不实。", Now.AddHours(2));

        Assert.Equal(ObjectionRuling.Upheld, objection.Ruling);
        Assert.Equal(AdminDivision.Subject, objection.RuledBy);
        Assert.Equal(FilingStatus.Rejected, application.Status);
        Assert.Null(application.OpenStage);
        var rejected = Assert.IsType<ApplicationRejected>(application.DomainEvents[^1]);
        Assert.Equal(ReviewStageKind.PublicNotice, rejected.AtStage);
        Assert.Contains(objection.Id.ToString(), rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("经核实，成员单位数量不实。", application.History[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Art11_7_RejectedObjection_KeepsTheNoticeRunning()
    {
        var application = ApplicationBuilder.InState(FilingStatus.PublicNotice);
        var objection = application.FileObjection(AnObjection, Now);

        application.RuleOnObjection(AdminDivision, objection.Id, false, "经核实，异议不成立。", Now);

        Assert.Equal(ObjectionRuling.Rejected, objection.Ruling);
        Assert.Equal("经核实，异议不成立。", objection.RulingReason);
        Assert.Equal(FilingStatus.PublicNotice, application.Status);
    }

    [Fact]
    public void Art11_7_Ruling_ASecondTime_IsRefused()
    {
        var application = ApplicationBuilder.InState(FilingStatus.PublicNotice);
        var objection = application.FileObjection(AnObjection, Now);
        application.RuleOnObjection(AdminDivision, objection.Id, false, "异议不成立。", Now);

        AssertRejected(() => application.RuleOnObjection(AdminDivision, objection.Id, true, "改为成立。", Now), "filing.objection_already_ruled", RuleKind.Conflict);
        Assert.Equal(ObjectionRuling.Rejected, objection.Ruling);
    }

    [Fact]
    public void Art11_7_Ruling_WithoutAReason_IsRefused()
    {
        var application = ApplicationBuilder.InState(FilingStatus.PublicNotice);
        var objection = application.FileObjection(AnObjection, Now);

        AssertRejected(() => application.RuleOnObjection(AdminDivision, objection.Id, false, null, Now), "filing.reason_required");
    }

    [Fact]
    public void Art11_7_Ruling_OnAnUnknownObjection_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.InState(FilingStatus.PublicNotice).RuleOnObjection(AdminDivision, Guid.NewGuid(), false, "无。", Now),
            "filing.objection_not_found");

    [Fact]
    public void Art11_8_File_BeforeTheNoticeCloses_IsRefused()
    {
        var application = ApplicationBuilder.InState(FilingStatus.PublicNotice);

        Assert.False(application.IsReadyToFile(NoticeClosesAt.AddTicks(-1)));
        AssertRejected(() => application.File(Numbers, NoticeClosesAt.AddTicks(-1)), "filing.notice_still_open", RuleKind.Conflict);
    }

    [Fact]
    public void Art11_8_File_WithAnObjectionPending_IsRefused()
    {
        var application = ApplicationBuilder.InState(FilingStatus.PublicNotice);
        application.FileObjection(AnObjection, Now);

        Assert.False(application.IsReadyToFile(NoticeClosesAt));
        AssertRejected(() => application.File(Numbers, NoticeClosesAt), "filing.objections_pending", RuleKind.Conflict);
        Assert.Equal(FilingStatus.PublicNotice, application.Status);
    }

    [Fact]
    public void Art11_8_File_AfterEveryObjectionWasRejected_FilesTheAlliance()
    {
        var application = ApplicationBuilder.InState(FilingStatus.PublicNotice);
        var objection = application.FileObjection(AnObjection, Now);
        application.RuleOnObjection(AdminDivision, objection.Id, false, "异议不成立。", NoticeClosesAt.AddHours(1));

        Assert.True(application.IsReadyToFile(NoticeClosesAt.AddHours(1)));
        application.File(Numbers, NoticeClosesAt.AddHours(2));

        Assert.Equal(FilingStatus.Filed, application.Status);
        var filed = Assert.IsType<ApplicationFiled>(application.DomainEvents[^1]);
        Assert.Equal(("HLJ-LM-2026-012", "黑科发〔2026〕12号"), (filed.FilingNumber, filed.DocumentNumber));
    }

    [Fact]
    public void Art11_8_File_WithoutADocumentNumber_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.InState(FilingStatus.PublicNotice).File(Numbers with { DocumentNumber = "" }, NoticeClosesAt),
            "filing.numbers_required");

    [Fact]
    public void Art11_8_IsReadyToFile_IsFalseOutsideThePublicNotice() =>
        Assert.False(ApplicationBuilder.InState(FilingStatus.Filed).IsReadyToFile(NoticeClosesAt.AddYears(1)));
}
