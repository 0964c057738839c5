using AlliancePlatform.Filing.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>Preliminary review and recommendation by the city or industry department (Art 11-2).</summary>
public class RecommendationTests
{
    private readonly MondayToFridayCalendar _calendar = new();

    [Fact]
    public void Art11_2_Recommend_ClosesTheRecommendationAndOpensFormalReview()
    {
        var application = ApplicationBuilder.InState(FilingStatus.Submitted);

        application.Recommend(Recommender, " 同意推荐。 ", Now, _calendar, FilingDeadlines.Default);

        Assert.Equal(FilingStatus.Recommended, application.Status);
        var recommendation = application.Stages[0];
        Assert.Equal("recommended", recommendation.Decision);
        Assert.Equal("同意推荐。", recommendation.Reason);
        Assert.Equal(Recommender.Subject, recommendation.ClosedBy);
        Assert.Equal(ReviewStageKind.FormalReview, application.OpenStage!.Kind);
        var completed = Assert.IsType<StageCompleted>(Assert.Single(application.DomainEvents));
        Assert.Equal(ReviewStageKind.Recommendation, completed.Stage);
    }

    [Fact]
    public void Art11_2_Recommend_WithoutAReason_IsAccepted()
    {
        var application = ApplicationBuilder.InState(FilingStatus.Submitted);

        application.Recommend(Recommender, "  ", Now, _calendar, FilingDeadlines.Default);

        Assert.Null(application.Stages[0].Reason);
    }

    [Fact]
    public void Art11_2_Return_SendsTheApplicationBackWithItsReason()
    {
        var application = ApplicationBuilder.InState(FilingStatus.Submitted);

        application.ReturnToApplicant(Recommender, "申请书缺少盖章页。", Now);

        Assert.Equal(FilingStatus.Returned, application.Status);
        Assert.Null(application.OpenStage);
        Assert.Equal("returned", application.Stages[0].Decision);
        Assert.Equal("申请书缺少盖章页。", application.History[^1].Reason);
        Assert.Equal("申请书缺少盖章页。", Assert.IsType<ApplicationReturned>(Assert.Single(application.DomainEvents)).Reason);
    }

    [Fact]
    public void Art11_2_Return_WithoutAReason_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.InState(FilingStatus.Submitted).ReturnToApplicant(Recommender, " ", Now), "filing.reason_required");

    [Fact]
    public void Art11_2_Return_WithAReasonTooLong_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.InState(FilingStatus.Submitted).ReturnToApplicant(Recommender, new string('长', 4001), Now),
            "filing.text_too_long");
}
