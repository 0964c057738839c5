using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Tests.TestData;

namespace AlliancePlatform.Membership.Tests;

public class FormationStepTests
{
    private static readonly FormationStep[] InOrder =
    [
        FormationStep.Initiated,
        FormationStep.PreparatoryCommittee,
        FormationStep.FoundingMeeting,
        FormationStep.ExpertCommitteeFormed,
        FormationStep.SecretariatFormed,
    ];

    [Fact]
    public void Art7_FormationSteps_RecordedInOrder_AreKeptWithTheirDates()
    {
        var alliance = NewAlliance();

        for (var i = 0; i < InOrder.Length; i++)
        {
            Assert.Equal(InOrder[i], alliance.NextFormationStep());
            alliance.RecordFormationStep(InOrder[i], Today.AddDays(-50 + (10 * i)), Now);
        }

        Assert.Equal(InOrder, alliance.FormationSteps.Select(s => s.Step));
        Assert.Equal(Today.AddDays(-10), alliance.FormationSteps[^1].TakenOn);
        Assert.Null(alliance.NextFormationStep());
    }

    [Fact]
    public void Art7_FormationSteps_OnTheSameDay_AreAccepted()
    {
        var alliance = NewAlliance();

        alliance.RecordFormationStep(FormationStep.Initiated, Today, Now);
        alliance.RecordFormationStep(FormationStep.PreparatoryCommittee, Today, Now);

        Assert.Equal(2, alliance.FormationSteps.Count);
    }

    [Fact]
    public void Art7_FormationStep_RecordedTwice_IsRejected()
    {
        var alliance = NewAlliance();
        alliance.RecordFormationStep(FormationStep.Initiated, Today, Now);

        AssertRejected(() => alliance.RecordFormationStep(FormationStep.Initiated, Today, Now), "formation.step_already_recorded", RuleKind.Conflict);
    }

    [Fact]
    public void Art7_FormationStep_BeforeTheOneItFollows_IsRejected()
    {
        var alliance = NewAlliance();
        alliance.RecordFormationStep(FormationStep.Initiated, Today, Now);

        AssertRejected(() => alliance.RecordFormationStep(FormationStep.FoundingMeeting, Today, Now), "formation.step_out_of_order", RuleKind.Conflict);
    }

    [Fact]
    public void Art7_FormationStep_DatedAfterToday_IsRejected() =>
        AssertRejected(() => NewAlliance().RecordFormationStep(FormationStep.Initiated, Today.AddDays(1), Now), "formation.date_in_future");

    [Fact]
    public void Art7_FormationStep_DatedBeforeThePreviousStep_IsRejected()
    {
        var alliance = NewAlliance();
        alliance.RecordFormationStep(FormationStep.Initiated, Today.AddDays(-5), Now);

        AssertRejected(() => alliance.RecordFormationStep(FormationStep.PreparatoryCommittee, Today.AddDays(-6), Now),
            "formation.date_before_previous_step");
    }

    [Fact]
    public void Art7_FormationStep_NotInTheArticle_IsRejected() =>
        AssertRejected(() => NewAlliance().RecordFormationStep((FormationStep)9, Today, Now), "formation.unknown_step");

    private static void AssertRejected(Action act, string code, RuleKind kind = RuleKind.Unprocessable)
    {
        var broken = Assert.Throws<RuleViolationException>(act);
        Assert.Equal(code, broken.Violation.Code);
        Assert.Equal(kind, broken.Violation.Kind);
        Assert.Equal("Art 7", broken.Violation.Article);
    }
}
