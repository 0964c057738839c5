using AlliancePlatform.Filing.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>Business review of necessity and capability by the business division (Art 11-4).</summary>
public class BusinessReviewTests
{
    [Fact]
    public void Art11_4_Pass_OpensTheExpertConsultation()
    {
        var application = ApplicationBuilder.InState(FilingStatus.FormalReviewPassed);

        application.PassBusinessReview(BusinessDivision, "组建必要，创新能力较强。", Now, new MondayToFridayCalendar(), FilingDeadlines.Default);

        Assert.Equal(FilingStatus.BusinessReviewPassed, application.Status);
        Assert.Equal(ReviewStageKind.ExpertConsultation, application.OpenStage!.Kind);
        Assert.Equal("admin_division", application.OpenStage.AssigneeRole);
        Assert.Equal("组建必要，创新能力较强。", application.History[^1].Reason);
    }

    [Fact]
    public void Art11_4_Reject_ClosesTheApplication()
    {
        var application = ApplicationBuilder.InState(FilingStatus.FormalReviewPassed);

        application.RejectAtBusinessReview(BusinessDivision, "产业技术创新能力不足。", Now);

        Assert.Equal(FilingStatus.Rejected, application.Status);
        Assert.Equal(ReviewStageKind.BusinessReview, Assert.IsType<ApplicationRejected>(Assert.Single(application.DomainEvents)).AtStage);
    }

    [Fact]
    public void Art11_4_Reject_WithoutAReason_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.InState(FilingStatus.FormalReviewPassed).RejectAtBusinessReview(BusinessDivision, null, Now),
            "filing.reason_required");
}
