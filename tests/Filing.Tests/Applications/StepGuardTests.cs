using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Auth;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>Every step, tried from every state it does not start from and by every role that may not take it (Art 11, 12).</summary>
public class StepGuardTests
{
    private static readonly IWorkingDays Calendar = new MondayToFridayCalendar();
    private static readonly FilingDeadlines Deadlines = FilingDeadlines.Default;

    private sealed record Step(FilingStatus[] From, string? Role, Action<FilingApplication, Actor> Take);

    private static readonly Dictionary<string, Step> Steps = new()
    {
        ["Art12 AddAttachment"] = new(
            [FilingStatus.Draft, FilingStatus.Returned, FilingStatus.CorrectionRequested], null,
            (a, _) => a.AddAttachment(Attachment(AttachmentKind.Other, "补充说明.pdf"))),
        ["Art12 RemoveAttachment"] = new(
            [FilingStatus.Draft, FilingStatus.Returned, FilingStatus.CorrectionRequested], null,
            (a, _) => a.RemoveAttachment(a.Attachments[0].Id)),
        ["Art12 ReplaceAttachment"] = new(
            [FilingStatus.Draft, FilingStatus.Returned, FilingStatus.CorrectionRequested], null,
            (a, _) => a.ReplaceAttachment(a.Attachments[0].Id, Attachment(AttachmentKind.ApplicationForm, "申请书-修订.pdf"))),
        ["Art11_1 Submit"] = new(
            [FilingStatus.Draft, FilingStatus.Returned], PlatformRoles.Applicant,
            (a, actor) => a.Submit(actor, Eligible, Now, Calendar, Deadlines)),
        ["Art11_2 Recommend"] = new(
            [FilingStatus.Submitted], PlatformRoles.Recommender,
            (a, actor) => a.Recommend(actor, null, Now, Calendar, Deadlines)),
        ["Art11_2 ReturnToApplicant"] = new(
            [FilingStatus.Submitted], PlatformRoles.Recommender,
            (a, actor) => a.ReturnToApplicant(actor, "材料不全。", Now)),
        ["Art11_3 PassFormalReview"] = new(
            [FilingStatus.Recommended], PlatformRoles.Secretariat,
            (a, actor) => a.PassFormalReview(actor, null, Now, Calendar, Deadlines)),
        ["Art11_3 RequestCorrection"] = new(
            [FilingStatus.Recommended], PlatformRoles.Secretariat,
            (a, actor) => a.RequestCorrection(actor, "缺少签字页。", null, Now, Calendar, Deadlines)),
        ["Art11_3 RejectAtFormalReview"] = new(
            [FilingStatus.Recommended], PlatformRoles.Secretariat,
            (a, actor) => a.RejectAtFormalReview(actor, "材料不实。", Now)),
        ["Art11_3 ResubmitCorrection"] = new(
            [FilingStatus.CorrectionRequested], PlatformRoles.Applicant,
            (a, actor) => a.ResubmitCorrection(actor, "已补正。", Now, Calendar)),
        ["Art11_3 Lapse"] = new(
            [FilingStatus.CorrectionRequested], null,
            (a, _) => a.Lapse(Now.AddYears(1))),
        ["Art11_4 PassBusinessReview"] = new(
            [FilingStatus.FormalReviewPassed], PlatformRoles.BusinessDivision,
            (a, actor) => a.PassBusinessReview(actor, null, Now, Calendar, Deadlines)),
        ["Art11_4 RejectAtBusinessReview"] = new(
            [FilingStatus.FormalReviewPassed], PlatformRoles.BusinessDivision,
            (a, actor) => a.RejectAtBusinessReview(actor, "组建必要性不足。", Now)),
        ["Art11_5 AssignExpert"] = new(
            [FilingStatus.BusinessReviewPassed], PlatformRoles.AdminDivision,
            (a, actor) => a.AssignExpert(actor, ManagementExpert, MemberUnits, Now)),
        ["Art11_5 RemoveExpert"] = new(
            [FilingStatus.BusinessReviewPassed], PlatformRoles.AdminDivision,
            (a, actor) =>
            {
                a.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);
                a.RemoveExpert(actor, ManagementExpert.ExpertId, Now);
            }),
        ["Art11_5 RecordExpertOpinion"] = new(
            [FilingStatus.BusinessReviewPassed], PlatformRoles.Expert,
            (a, actor) =>
            {
                a.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);
                a.RecordExpertOpinion(actor, ExpertOpinion.Supports, "同意。", Now);
            }),
        ["Art11_5 CompleteExpertConsultation"] = new(
            [FilingStatus.BusinessReviewPassed], PlatformRoles.AdminDivision,
            (a, actor) =>
            {
                a.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);
                a.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);
                a.RecordExpertOpinion(ExpertActor(ManagementExpert), ExpertOpinion.Supports, "同意。", Now);
                a.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.Supports, "同意。", Now);
                a.CompleteExpertConsultation(actor, "同意备案。", Now, Calendar, Deadlines);
            }),
        ["Art11_6 Decide"] = new(
            [FilingStatus.ExpertConsulted], PlatformRoles.AdminDivision,
            (a, actor) => a.Decide(actor, Approval(), Now, Calendar, Deadlines)),
        ["Art11_7 FileObjection"] = new(
            [FilingStatus.PublicNotice], null,
            (a, _) => a.FileObjection(new ObjectionSubmission("赵某", "13800000000", "该联盟成员数据不实。"), Now)),
        ["Art11_7 RuleOnObjection"] = new(
            [FilingStatus.PublicNotice], PlatformRoles.AdminDivision,
            (a, actor) =>
            {
                var objection = a.FileObjection(new ObjectionSubmission("赵某", "13800000000", "该联盟成员数据不实。"), Now);
                a.RuleOnObjection(actor, objection.Id, false, "经核实，异议不成立。", Now);
            }),
        ["Art11_8 File"] = new(
            [FilingStatus.PublicNotice], null,
            (a, _) => a.File(Numbers, Now.AddYears(1))),
    };

    private static readonly string[] People =
    [
        PlatformRoles.Applicant, PlatformRoles.Recommender, PlatformRoles.Secretariat, PlatformRoles.BusinessDivision,
        PlatformRoles.AdminDivision, PlatformRoles.Expert, PlatformRoles.Ops, "public",
    ];

    public static TheoryData<string, FilingStatus> WrongStates
    {
        get
        {
            var data = new TheoryData<string, FilingStatus>();
            foreach (var (name, step) in Steps)
            {
                foreach (var state in RestingStates.Where(s => !step.From.Contains(s)))
                {
                    data.Add(name, state);
                }
            }
            return data;
        }
    }

    public static TheoryData<string, FilingStatus> RightStates
    {
        get
        {
            var data = new TheoryData<string, FilingStatus>();
            foreach (var (name, step) in Steps.Where(s => !s.Key.EndsWith("Lapse", StringComparison.Ordinal) && !s.Key.EndsWith("File", StringComparison.Ordinal)))
            {
                foreach (var state in step.From)
                {
                    data.Add(name, state);
                }
            }
            return data;
        }
    }

    public static TheoryData<string, string> WrongRoles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (name, step) in Steps.Where(s => s.Value.Role is not null))
            {
                foreach (var role in People.Where(r => r != step.Role))
                {
                    data.Add(name, role);
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(WrongStates))]
    public void Art11_Step_FromAStateItDoesNotStartFrom_IsRefusedAsConflict(string step, FilingStatus state)
    {
        var application = ApplicationBuilder.InState(state);
        var statusBefore = application.Status;
        var historyBefore = application.History.Count;

        AssertWrongState(() => Steps[step].Take(application, RightActor(Steps[step])), state);

        Assert.Equal(statusBefore, application.Status);
        Assert.Equal(historyBefore, application.History.Count);
        Assert.Empty(application.DomainEvents);
    }

    [Theory]
    [MemberData(nameof(RightStates))]
    public void Art11_Step_FromAStateItStartsFrom_ByTheRightRole_IsAccepted(string step, FilingStatus state)
    {
        var application = ApplicationBuilder.InState(state);

        Steps[step].Take(application, RightActor(Steps[step]));
    }

    [Theory]
    [MemberData(nameof(WrongRoles))]
    public void Art11_Step_ByAnotherRole_IsRefusedAsConflict(string step, string role)
    {
        var application = ApplicationBuilder.InState(Steps[step].From[0]);
        var statusBefore = application.Status;

        var violation = AssertRejected(
            () => Steps[step].Take(application, new Actor(ManagementExpert.Subject, role, ApplicantUnit)), "filing.wrong_role",
            RuleKind.Conflict);

        Assert.Contains(FilingApplicationRules.RoleZh(Steps[step].Role!), violation.Message, StringComparison.Ordinal);
        Assert.Equal(statusBefore, application.Status);
    }

    private static Actor RightActor(Step step) => step.Role switch
    {
        PlatformRoles.Applicant => Applicant,
        PlatformRoles.Recommender => Recommender,
        PlatformRoles.Secretariat => Secretariat,
        PlatformRoles.BusinessDivision => BusinessDivision,
        PlatformRoles.AdminDivision => AdminDivision,
        PlatformRoles.Expert => ExpertActor(ManagementExpert),
        _ => Actor.System,
    };
}
