using AlliancePlatform.Filing.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>
/// Brings an application to any resting state along the shortest path of the state diagram. Every step happens at
/// <see cref="FilingTestData.Now"/>, except lapsing and filing, which happen the moment their window closes.
/// </summary>
internal sealed class ApplicationBuilder
{
    public MondayToFridayCalendar Calendar { get; } = new();
    public FilingDeadlines Deadlines { get; init; } = FilingDeadlines.Default;

    public static FilingApplication InState(FilingStatus status) => new ApplicationBuilder().Build(status);

    public static FilingApplication NewDraft() =>
        FilingApplication.Create(Applicant, AllianceId, "黑龙江省新材料产业技术创新联盟", "new_materials", Region, Now);

    public FilingApplication Build(FilingStatus status)
    {
        var application = NewDraft();
        application.AddAttachment(Attachment(AttachmentKind.ApplicationForm));
        application.AddAttachment(Attachment(AttachmentKind.Charter, "章程.pdf"));
        Advance(application, status);
        application.ClearDomainEvents();
        return application;
    }

    private void Advance(FilingApplication application, FilingStatus target)
    {
        switch (target)
        {
            case FilingStatus.Draft:
                break;
            case FilingStatus.Submitted:
                application.Submit(Applicant, Eligible, Now, Calendar, Deadlines);
                break;
            case FilingStatus.Returned:
                Advance(application, FilingStatus.Submitted);
                application.ReturnToApplicant(Recommender, "申请书缺少成员单位盖章页。", Now);
                break;
            case FilingStatus.Recommended:
                Advance(application, FilingStatus.Submitted);
                application.Recommend(Recommender, "同意推荐。", Now, Calendar, Deadlines);
                break;
            case FilingStatus.CorrectionRequested:
                Advance(application, FilingStatus.Recommended);
                application.RequestCorrection(Secretariat, "章程缺少成员单位法定代表人签字。", ["补充签字页"], Now, Calendar, Deadlines);
                break;
            case FilingStatus.FormalReviewPassed:
                Advance(application, FilingStatus.Recommended);
                application.PassFormalReview(Secretariat, null, Now, Calendar, Deadlines);
                break;
            case FilingStatus.BusinessReviewPassed:
                Advance(application, FilingStatus.FormalReviewPassed);
                application.PassBusinessReview(BusinessDivision, "组建必要，创新能力较强。", Now, Calendar, Deadlines);
                break;
            case FilingStatus.ExpertConsulted:
                Advance(application, FilingStatus.BusinessReviewPassed);
                application.AssignExpert(AdminDivision, ManagementExpert, MemberUnits, Now);
                application.AssignExpert(AdminDivision, IndustryExpert, MemberUnits, Now);
                application.RecordExpertOpinion(ExpertActor(ManagementExpert), ExpertOpinion.Supports, "组织机构健全。", Now);
                application.RecordExpertOpinion(ExpertActor(IndustryExpert), ExpertOpinion.SupportsWithConditions, "建议补充知识产权协议。", Now);
                application.CompleteExpertConsultation(AdminDivision, "专家组同意备案。", Now, Calendar, Deadlines);
                break;
            case FilingStatus.PublicNotice:
                Advance(application, FilingStatus.ExpertConsulted);
                application.Decide(AdminDivision, Approval(), Now, Calendar, Deadlines);
                break;
            case FilingStatus.Filed:
                Advance(application, FilingStatus.PublicNotice);
                application.File(Numbers, application.Notice!.ClosesAt);
                break;
            case FilingStatus.Rejected:
                Advance(application, FilingStatus.Recommended);
                application.RejectAtFormalReview(Secretariat, "材料与联盟实际情况不符。", Now);
                break;
            case FilingStatus.Lapsed:
                Advance(application, FilingStatus.CorrectionRequested);
                application.Lapse(application.CorrectionClosesAt!.Value);
                break;
            case FilingStatus.Withdrawn:
                application.Withdraw(Applicant, "联盟决定暂缓备案。", Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, "Not a state an application rests in.");
        }
    }
}
