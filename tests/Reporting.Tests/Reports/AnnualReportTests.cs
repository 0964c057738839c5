using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.Reports;

/// <summary>Writing, submitting and reviewing the annual report (Art 13, 4-3): draft → submitted → (returned → submitted)* → accepted.</summary>
public class AnnualReportTests
{
    [Fact]
    public void Art13_Start_MakesADraftForTheObligationsYear()
    {
        var report = AnnualReport.Start(Applicant, Year2026, China(2026, 12, 1));

        Assert.Equal((AllianceId, 2026, AnnualReportState.Draft), (report.AllianceId, report.Year, report.State));
        Assert.Equal(7, report.Id.Version);
        Assert.Equal(ReportContent.Empty, report.Content);
        Assert.Null(report.FirstSubmittedAt);
        Assert.Equal(TimeSpan.Zero, report.CreatedAt.Offset);
        var created = Assert.Single(report.History);
        Assert.Equal((null, AnnualReportState.Draft, ReportDecisions.Created), (created.From, created.To, created.Decision));
    }

    [Fact]
    public void Art13_Start_ByTheSecretariat_IsRefused() =>
        AssertRejected(() => AnnualReport.Start(Secretariat, Year2026, China(2027, 1, 5)), "reporting.wrong_role", RuleKind.Conflict);

    [Fact]
    public void Art13_Start_BeforeTheReportYearBegins_IsRefused() =>
        AssertRejected(() => AnnualReport.Start(Applicant, Year2027, China(2026, 12, 31, 23, 59, 59)), "report.year_not_started", RuleKind.Conflict);

    [Fact]
    public void Art13_Revise_KeepsTheFiguresAndTheSummary()
    {
        var report = AnnualReport.Start(Applicant, Year2026, China(2027, 1, 5));

        report.Revise(Applicant, Active, "  全年开展联合攻关项目2项。  ", China(2027, 1, 6));

        Assert.Equal(Active, report.Content);
        Assert.Equal("全年开展联合攻关项目2项。", report.Summary);
        Assert.True(report.Content.ShowsActivity);
        Assert.Equal(6, report.Content.Activities);
    }

    [Fact]
    public void Art13_Revise_WithNegativeOrInconsistentFigures_ListsEveryProblem()
    {
        var report = AnnualReport.Start(Applicant, Year2026, China(2027, 1, 5));
        var content = ReportContent.Empty with { Meetings = -1, Income = 10.005m, JointProjectFunding = 5000m, TransferContractValue = 1m };

        var broken = AssertRejected(() => report.Revise(Applicant, content, "总结", China(2027, 1, 6)), "report.content_invalid");

        Assert.Equal(
            ["report.count_negative", "report.amount_invalid", "report.funding_without_projects", "report.value_without_transfers"],
            broken.Details.Select(d => d.Code));
        Assert.Equal(ReportContent.Empty, report.Content);
    }

    [Fact]
    public void Art13_Submit_AfterTheYearEnds_RecordsTheFirstSubmissionAndSaysSo()
    {
        var report = Draft(Year2026);

        report.Submit(Applicant, China(2027, 1, 1, 0, 0, 0));

        Assert.Equal(AnnualReportState.Submitted, report.State);
        Assert.Equal(China(2027, 1, 1, 0, 0, 0), report.FirstSubmittedAt);
        Assert.Equal(TimeSpan.Zero, report.FirstSubmittedAt!.Value.Offset);
        var submitted = Assert.IsType<AnnualReportSubmitted>(Assert.Single(report.DomainEvents));
        Assert.Equal((AllianceId, 2026, false), (submitted.AllianceId, submitted.Year, submitted.Resubmission));
    }

    [Fact]
    public void Art13_Submit_BeforeTheYearEnds_IsRefused()
    {
        var report = Draft(Year2026);

        AssertRejected(() => report.Submit(Applicant, China(2026, 12, 31, 23, 59, 59)), "report.year_not_ended", RuleKind.Conflict);
        Assert.Equal(AnnualReportState.Draft, report.State);
    }

    [Fact]
    public void Art13_Submit_WithoutASummary_IsRefused()
    {
        var report = AnnualReport.Start(Applicant, Year2026, China(2027, 1, 5));
        report.Revise(Applicant, Active, "   ", China(2027, 1, 6));

        AssertRejected(() => report.Submit(Applicant, China(2027, 1, 7)), "report.summary_required");
    }

    [Fact]
    public void Art13_Submit_BySomeoneOtherThanTheAlliance_IsRefused() =>
        AssertRejected(() => Draft(Year2026).Submit(Secretariat, China(2027, 1, 7)), "reporting.wrong_role", RuleKind.Conflict);

    [Fact]
    public void Art13_Submit_Twice_IsRefused() =>
        AssertRejected(() => Submitted(Year2026, China(2027, 1, 7)).Submit(Applicant, China(2027, 1, 8)), "report.wrong_state", RuleKind.Conflict);

    [Fact]
    public void Art13_Return_WithAReason_LetsTheAllianceReviseAndResubmit()
    {
        var report = Submitted(Year2026, China(2027, 1, 7));

        report.Return(Secretariat, "请补充联合研发项目经费明细。", China(2027, 1, 9));
        Assert.Equal((AnnualReportState.Returned, "请补充联合研发项目经费明细。"), (report.State, report.ReturnReason));

        report.Revise(Applicant, Active with { JointProjectFunding = 1_300_000m }, "已补充经费明细。", China(2027, 1, 10));
        report.Submit(Applicant, China(2027, 1, 11));

        Assert.Equal(AnnualReportState.Submitted, report.State);
        Assert.Null(report.ReturnReason);
        Assert.Equal(
            [ReportDecisions.Created, ReportDecisions.Submitted, ReportDecisions.Returned, ReportDecisions.Resubmitted],
            report.History.Select(h => h.Decision));
        Assert.Equal("请补充联合研发项目经费明细。", report.History[2].Reason);
        Assert.True(Assert.IsType<AnnualReportSubmitted>(report.DomainEvents[^1]).Resubmission);
    }

    [Fact]
    public void Art13_Return_WithoutAReason_IsRefused() =>
        AssertRejected(() => Submitted(Year2026, China(2027, 1, 7)).Return(Secretariat, " ", China(2027, 1, 9)), "reporting.reason_required");

    [Fact]
    public void Art13_Return_ByTheAlliance_IsRefused() =>
        AssertRejected(() => Submitted(Year2026, China(2027, 1, 7)).Return(Applicant, "撤回", China(2027, 1, 9)), "reporting.wrong_role", RuleKind.Conflict);

    [Fact]
    public void Art13_Accept_ByTheSecretariat_ClosesTheReportAndTellsWhetherItShowsActivity()
    {
        var report = Submitted(Year2026, China(2027, 1, 7), Inactive);

        report.Accept(Secretariat, "材料齐全。", China(2027, 1, 20));

        Assert.Equal(AnnualReportState.Accepted, report.State);
        Assert.Equal(China(2027, 1, 20), report.AcceptedAt);
        Assert.True(report.IsAcceptedWithoutActivity);
        Assert.False(Assert.IsType<AnnualReportAccepted>(report.DomainEvents[^1]).ShowsActivity);
        Assert.Equal("材料齐全。", report.History[^1].Reason);
        Assert.Equal(Secretariat.Subject, report.History[^1].ActorSubject);
    }

    [Fact]
    public void Art13_Accept_RaisesTheAcceptanceWithTheReportsFiguresByTheirPublishedNames()
    {
        var report = Submitted(Year2026, China(2027, 1, 7), Active);

        report.Accept(Secretariat, null, China(2027, 1, 20));

        var figures = Assert.IsType<AnnualReportAccepted>(report.DomainEvents[^1]).Content.Figures();
        Assert.Equal(18, figures.Count);
        Assert.Equal(2m, figures["jointProjects"]);
        Assert.Equal(1_200_000m, figures["jointProjectFunding"]);
        Assert.Equal(6m, figures["activities"]);
        Assert.Equal(350_000m, figures["transferContractValue"]);
        Assert.Equal(15m, figures["sharedInstruments"]);
        Assert.Equal(0m, figures["patentsJoined"]);
    }

    [Fact]
    public void Art13_Accept_ADraft_IsRefused() =>
        AssertRejected(() => Draft(Year2026).Accept(Secretariat, null, China(2027, 1, 20)), "report.wrong_state", RuleKind.Conflict);

    [Fact]
    public void Art13_AnAcceptedReport_CannotBeChanged()
    {
        var report = Accepted(Year2026, Active);

        AssertRejected(() => report.Revise(Applicant, Inactive, "改", China(2027, 3, 1)), "report.wrong_state", RuleKind.Conflict);
        AssertRejected(() => report.AddAttachment(Applicant, Attachment(), China(2027, 3, 1)), "report.wrong_state", RuleKind.Conflict);
        AssertRejected(() => report.Return(Secretariat, "再改", China(2027, 3, 1)), "report.wrong_state", RuleKind.Conflict);
    }

    [Fact]
    public void Art13_Attachments_AreAddedOnceAndRemoved()
    {
        var report = Draft(Year2026);
        var attachment = Attachment();

        report.AddAttachment(Applicant, attachment, China(2027, 1, 10));
        AssertRejected(() => report.AddAttachment(Applicant, attachment, China(2027, 1, 10)), "report.attachment_already_added", RuleKind.Conflict);
        Assert.Equal(attachment.Id, Assert.Single(report.Attachments).Id);

        report.RemoveAttachment(Applicant, attachment.Id, China(2027, 1, 11));
        Assert.Empty(report.Attachments);
        AssertRejected(() => report.RemoveAttachment(Applicant, attachment.Id, China(2027, 1, 11)), "report.attachment_not_found");
    }

    [Fact]
    public void Art13_Attachment_WithoutADigest_IsRefused() =>
        AssertRejected(() => Draft(Year2026).AddAttachment(Applicant, Attachment() with { Sha256 = "abc" }, China(2027, 1, 10)), "report.attachment_invalid");

    [Fact]
    public void Art14_ShowsActivity_AnyOfJointProjectActivityOrTransfer()
    {
        Assert.False(Inactive.ShowsActivity);
        Assert.True((ReportContent.Empty with { JointProjects = 1 }).ShowsActivity);
        Assert.True((ReportContent.Empty with { TrainingSessions = 1 }).ShowsActivity);
        Assert.True((ReportContent.Empty with { AchievementTransfers = 1 }).ShowsActivity);
        Assert.False((ReportContent.Empty with { PatentsLed = 5, SharedInstruments = 3 }).ShowsActivity);
    }
}
