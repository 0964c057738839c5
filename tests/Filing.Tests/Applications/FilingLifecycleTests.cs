using AlliancePlatform.Filing.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>The whole procedure of Art 11, draft to filed, with the dates each stage is due.</summary>
public class FilingLifecycleTests
{
    private static DateTimeOffset At(int day, int hour = 10) => new(2026, 3, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Art11_HappyPath_FromDraftToFiled_RecordsEveryDecisionAndStage()
    {
        var calendar = new MondayToFridayCalendar();
        var deadlines = FilingDeadlines.Default;
        var application = ApplicationBuilder.NewDraft();
        application.AddAttachment(Attachment(AttachmentKind.ApplicationForm));
        application.AddAttachment(Attachment(AttachmentKind.Charter, "章程.pdf"));
        Assert.Equal(FilingStatus.Draft, application.Status);
        Assert.Null(application.OpenStage);

        application.Submit(Applicant, Eligible, At(2), calendar, deadlines);
        AssertOpenStage(application, ReviewStageKind.Recommendation, "recommender", Region, new DateOnly(2026, 3, 13));

        application.Recommend(Recommender, "同意推荐。", At(3), calendar, deadlines);
        AssertOpenStage(application, ReviewStageKind.FormalReview, "secretariat", null, new DateOnly(2026, 3, 16));

        application.PassFormalReview(Secretariat, null, At(4), calendar, deadlines);
        AssertOpenStage(application, ReviewStageKind.BusinessReview, "business_division", null, new DateOnly(2026, 3, 17));

        application.PassBusinessReview(BusinessDivision, "组建必要。", At(5), calendar, deadlines);
        AssertOpenStage(application, ReviewStageKind.ExpertConsultation, "admin_division", null, new DateOnly(2026, 3, 18));

        application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, At(6));
        application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, At(6));
        application.RecordExpertOpinion(ExpertActor(ManagementExpert), ExpertOpinion.Supports, "同意。", At(6));
        application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.Supports, "同意。", At(6));
        application.CompleteExpertConsultation(AdminDivision, "专家组一致同意备案。", At(6), calendar, deadlines);
        AssertOpenStage(application, ReviewStageKind.FilingDecision, "admin_division", null, new DateOnly(2026, 3, 19));
        Assert.Equal("专家组一致同意备案。", application.ConsolidatedOpinion);

        application.Decide(AdminDivision, Approval(new DateOnly(2026, 3, 9)), At(9), calendar, deadlines);
        Assert.Equal(FilingStatus.PublicNotice, application.Status);
        var notice = application.Notice!;
        Assert.Equal(new DateOnly(2026, 3, 9), notice.OpensOn);
        Assert.Equal(new DateOnly(2026, 3, 9), notice.FirstDay);
        Assert.Equal(new DateOnly(2026, 3, 13), notice.LastDay);
        Assert.Equal(5, notice.WorkingDays);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.FromHours(8)), notice.ClosesAt);
        AssertOpenStage(application, ReviewStageKind.PublicNotice, "admin_division", null, new DateOnly(2026, 3, 13));

        Assert.False(application.IsReadyToFile(notice.ClosesAt.AddTicks(-1)));
        Assert.True(application.IsReadyToFile(notice.ClosesAt));
        application.File(Numbers, notice.ClosesAt);

        Assert.Equal(FilingStatus.Filed, application.Status);
        Assert.Equal("HLJ-LM-2026-012", application.FilingNumber);
        Assert.Equal("黑科发〔2026〕12号", application.DocumentNumber);
        Assert.Equal(new DateOnly(2026, 3, 12), application.FiledOn);
        Assert.Null(application.OpenStage);
        Assert.All(application.Stages, s => Assert.True(s.IsClosed));
        Assert.Equal(
            [ReviewStageKind.Recommendation, ReviewStageKind.FormalReview, ReviewStageKind.BusinessReview, ReviewStageKind.ExpertConsultation,
                ReviewStageKind.FilingDecision, ReviewStageKind.PublicNotice],
            application.Stages.Select(s => s.Kind));

        Assert.Equal(
            [FilingStatus.Draft, FilingStatus.Submitted, FilingStatus.Recommended, FilingStatus.FormalReviewPassed, FilingStatus.BusinessReviewPassed,
                FilingStatus.ExpertConsulted, FilingStatus.Approved, FilingStatus.PublicNotice, FilingStatus.Filed],
            application.History.Select(t => t.To));
        Assert.Null(application.History[0].From);
        for (var i = 1; i < application.History.Count; i++)
        {
            Assert.Equal(application.History[i - 1].To, application.History[i].From);
        }
        Assert.Equal(["created", "submitted", "recommended", "passed", "passed", "consulted", "approved", "notice_started", "filed"],
            application.History.Select(t => t.Decision));
        Assert.Equal(AdminDivision.Subject, application.History[6].ActorSubject);
        Assert.Equal(Actor.SystemRole, application.History[^1].ActorRole);

        Assert.Collection(
            application.DomainEvents,
            e => Assert.Equal(new DateOnly(2026, 3, 13), Assert.IsType<ApplicationSubmitted>(e).RecommendationDueOn),
            e => Assert.Equal(ReviewStageKind.Recommendation, Assert.IsType<StageCompleted>(e).Stage),
            e => Assert.Equal(ReviewStageKind.FormalReview, Assert.IsType<StageCompleted>(e).Stage),
            e => Assert.Equal(ReviewStageKind.BusinessReview, Assert.IsType<StageCompleted>(e).Stage),
            e => Assert.Equal(ReviewStageKind.ExpertConsultation, Assert.IsType<StageCompleted>(e).Stage),
            e => Assert.Equal("approved", Assert.IsType<StageCompleted>(e).Decision),
            e => Assert.Same(notice, Assert.IsType<PublicNoticeStarted>(e).Notice),
            e => Assert.Equal("黑科发〔2026〕12号", Assert.IsType<ApplicationFiled>(e).DocumentNumber));
        Assert.All(application.DomainEvents, e =>
        {
            Assert.Equal(application.Id, e.ApplicationId);
            Assert.Equal(AllianceId, e.AllianceId);
        });

        application.ClearDomainEvents();
        Assert.Empty(application.DomainEvents);
    }

    [Fact]
    public void Art11_1_Create_KeepsTheAllianceSnapshotAndTheApplicantUnit()
    {
        var application = ApplicationBuilder.NewDraft();

        Assert.Equal(FilingStatus.Draft, application.Status);
        Assert.Equal(AllianceId, application.AllianceId);
        Assert.Equal("黑龙江省新材料产业技术创新联盟", application.AllianceName);
        Assert.Equal(Region, application.Region);
        Assert.Equal(ApplicantUnit, application.ApplicantOrganization);
        Assert.Equal(Now, application.CreatedAt);
        Assert.Equal("created", Assert.Single(application.History).Decision);
        Assert.NotEqual(Guid.Empty, application.Id);
    }

    [Fact]
    public void Art11_1_Create_ByAnotherRole_IsRefused() =>
        AssertWrongRole(() => FilingApplication.Create(Recommender, AllianceId, "联盟", "new_materials", Region, Now));

    [Fact]
    public void Art11_1_Create_WithoutTheApplicantsUnit_IsRefused() =>
        AssertRejected(() => FilingApplication.Create(Applicant with { Organization = null }, AllianceId, "联盟", "new_materials", Region, Now),
            "filing.organization_required");

    [Theory]
    [InlineData("2301")]
    [InlineData("23010A")]
    [InlineData("")]
    public void Art11_2_Create_WithARegionThatIsNotASixDigitCode_IsRefused(string region) =>
        AssertRejected(() => FilingApplication.Create(Applicant, AllianceId, "联盟", "new_materials", region, Now), "filing.region_invalid");

    [Fact]
    public void Art10_Create_WithoutTheAlliance_IsRefused() =>
        AssertRejected(() => FilingApplication.Create(Applicant, Guid.Empty, "联盟", "new_materials", Region, Now), "filing.alliance_required");

    private static void AssertOpenStage(FilingApplication application, ReviewStageKind kind, string role, string? scope, DateOnly dueOn)
    {
        var stage = application.OpenStage;
        Assert.NotNull(stage);
        Assert.Equal(kind, stage.Kind);
        Assert.Equal(role, stage.AssigneeRole);
        Assert.Equal(scope, stage.AssigneeScope);
        Assert.Equal(dueOn, stage.DueOn);
        Assert.Single(application.Stages, s => s.IsOpen);
    }
}
