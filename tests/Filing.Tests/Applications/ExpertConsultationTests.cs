using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>The expert panel (Art 11-5) and the consolidated filing opinion (Art 11-6).</summary>
public class ExpertConsultationTests
{
    private readonly FilingApplication _application = ApplicationBuilder.InState(FilingStatus.BusinessReviewPassed);
    private readonly MondayToFridayCalendar _calendar = new();

    [Fact]
    public void Art11_5_AssignExpert_PutsTheExpertOnThePanel()
    {
        var expert = _application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);

        Assert.Same(expert, Assert.Single(_application.Panel));
        Assert.Equal(ManagementExpert.ExpertId, expert.ExpertId);
        Assert.Equal(ExpertKind.ScienceTechnologyManagement, expert.Kind);
        Assert.Equal(AdminDivision.Subject, expert.AssignedBy);
        Assert.Null(expert.Opinion);
    }

    [Fact]
    public void Art11_5_AssignExpert_FromAMemberUnit_IsRefusedAsConflictOfInterest() =>
        AssertRejected(() => _application.AssignExpert(AdminDivision, IndustryExpert with { UnitCreditCode = MemberUnit }, MemberUnits, Now),
            "filing.expert_conflict_of_interest");

    [Fact]
    public void Art11_5_AssignExpert_FromTheApplicantUnit_IsRefusedAsConflictOfInterest() =>
        AssertRejected(() => _application.AssignExpert(AdminDivision, IndustryExpert with { UnitCreditCode = ApplicantUnit }, new HashSet<string>(), Now),
            "filing.expert_conflict_of_interest");

    [Fact]
    public void Art11_5_AssignExpert_AlreadyOnThePanel_IsRefused()
    {
        _application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);

        AssertRejected(() => _application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now), "filing.expert_already_on_panel", RuleKind.Conflict);
    }

    [Fact]
    public void Art11_5_AssignExpert_WithoutAnAccount_IsRefused() =>
        AssertRejected(() => _application.AssignExpert(AdminDivision, ManagementExpert with { Subject = " " }, MemberUnits, Now), "filing.expert_invalid");

    [Fact]
    public void Art11_5_RecordOpinion_IsKeptOnThePanel()
    {
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);

        _application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.Opposes, "技术路线不清晰。", Now);

        var expert = Assert.Single(_application.Panel);
        Assert.Equal(ExpertOpinion.Opposes, expert.Opinion);
        Assert.Equal("技术路线不清晰。", expert.OpinionText);
        Assert.Equal(Now, expert.OpinionRecordedAt);
    }

    [Fact]
    public void Art11_5_RecordOpinion_ASecondTime_IsRefused()
    {
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);
        _application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.Supports, "同意。", Now);

        AssertRejected(() => _application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.Opposes, "改为反对。", Now),
            "filing.opinion_already_recorded", RuleKind.Conflict);
        Assert.Equal(ExpertOpinion.Supports, _application.Panel[0].Opinion);
    }

    [Fact]
    public void Art11_5_RecordOpinion_ByAnExpertNotOnThePanel_IsRefused()
    {
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);

        AssertRejected(() => _application.RecordExpertOpinion(ExpertActor(ManagementExpert), ExpertOpinion.Supports, "同意。", Now),
            "filing.not_assigned_expert", RuleKind.Conflict);
    }

    [Fact]
    public void Art11_5_RecordOpinion_WithoutText_IsRefused()
    {
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);

        AssertRejected(() => _application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.Supports, "", Now), "filing.opinion_text_required");
    }

    [Fact]
    public void Art11_5_RemoveExpert_BeforeTheirOpinion_TakesThemOffThePanel()
    {
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);

        _application.RemoveExpert(AdminDivision, IndustryExpert.ExpertId, Now);

        var removed = Assert.Single(_application.Panel);
        Assert.False(removed.IsOnPanel);
        Assert.Equal(AdminDivision.Subject, removed.RemovedBy);
        AssertRejected(() => _application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.Supports, "同意。", Now),
            "filing.not_assigned_expert", RuleKind.Conflict);
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);
        Assert.Equal(2, _application.Panel.Count);
    }

    [Fact]
    public void Art11_5_RemoveExpert_AfterTheirOpinion_IsRefused()
    {
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);
        _application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.Supports, "同意。", Now);

        AssertRejected(() => _application.RemoveExpert(AdminDivision, IndustryExpert.ExpertId, Now), "filing.expert_has_opinion", RuleKind.Conflict);
    }

    [Fact]
    public void Art11_5_RemoveExpert_NotOnThePanel_IsRefused() =>
        AssertRejected(() => _application.RemoveExpert(AdminDivision, Guid.NewGuid(), Now), "filing.expert_not_on_panel");

    [Fact]
    public void Art11_5_Complete_WithOnlyOneKindOfExpert_IsRefusedAsPanelIncomplete()
    {
        _application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);
        _application.RecordExpertOpinion(ExpertActor(ManagementExpert), ExpertOpinion.Supports, "同意。", Now);

        AssertRejected(() => Complete(), "filing.panel_incomplete", RuleKind.Conflict);
    }

    [Fact]
    public void Art11_5_Complete_WhenAnExpertRemovedLeavesOneKind_IsRefusedAsPanelIncomplete()
    {
        _application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);
        _application.RecordExpertOpinion(ExpertActor(ManagementExpert), ExpertOpinion.Supports, "同意。", Now);
        _application.RemoveExpert(AdminDivision, IndustryExpert.ExpertId, Now);

        AssertRejected(() => Complete(), "filing.panel_incomplete", RuleKind.Conflict);
    }

    [Fact]
    public void Art11_5_Complete_BeforeEveryOpinion_IsRefusedAsOpinionsMissing()
    {
        _application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);
        _application.RecordExpertOpinion(ExpertActor(ManagementExpert), ExpertOpinion.Supports, "同意。", Now);

        AssertRejected(() => Complete(), "filing.opinions_missing", RuleKind.Conflict);
        Assert.Equal(FilingStatus.BusinessReviewPassed, _application.Status);
    }

    [Fact]
    public void Art11_6_Complete_WithAMixedPanelAndEveryOpinion_OpensTheFilingDecision()
    {
        _application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);
        _application.RecordExpertOpinion(ExpertActor(ManagementExpert), ExpertOpinion.Supports, "同意。", Now);
        _application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.SupportsWithConditions, "建议补充协议。", Now);

        Complete();

        Assert.Equal(FilingStatus.ExpertConsulted, _application.Status);
        Assert.Equal(ReviewStageKind.FilingDecision, _application.OpenStage!.Kind);
        Assert.Equal("专家组同意备案。", _application.ConsolidatedOpinion);
    }

    [Fact]
    public void Art11_6_Complete_WithoutAConsolidatedOpinion_IsRefused()
    {
        _application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);
        _application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);
        _application.RecordExpertOpinion(ExpertActor(ManagementExpert), ExpertOpinion.Supports, "同意。", Now);
        _application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.Supports, "同意。", Now);

        AssertRejected(() => _application.CompleteExpertConsultation(AdminDivision, null, Now, _calendar, FilingDeadlines.Default),
            "filing.consolidated_opinion_required");
    }

    private void Complete() => _application.CompleteExpertConsultation(AdminDivision, "专家组同意备案。", Now, _calendar, FilingDeadlines.Default);
}
