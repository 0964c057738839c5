using AlliancePlatform.Filing.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>The applicant may withdraw while the application is open (domain.md §3: any open stage → withdrawn).</summary>
public class WithdrawalTests
{
    public static TheoryData<FilingStatus> OpenStates => [.. RestingStates.Where(s => !s.IsTerminal())];

    public static TheoryData<FilingStatus> ClosedStates => [.. RestingStates.Where(s => s.IsTerminal())];

    [Theory]
    [MemberData(nameof(OpenStates))]
    public void Art11_Withdraw_FromAnOpenState_ClosesTheApplicationAndEveryStage(FilingStatus state)
    {
        var application = ApplicationBuilder.InState(state);

        application.Withdraw(Applicant, "联盟决定暂缓备案。", Now);

        Assert.Equal(FilingStatus.Withdrawn, application.Status);
        Assert.All(application.Stages, s => Assert.True(s.IsClosed));
        Assert.Null(application.OpenStage);
        Assert.Equal((state, FilingStatus.Withdrawn, "withdrawn"), (application.History[^1].From!.Value, application.History[^1].To, application.History[^1].Decision));
        Assert.Equal("联盟决定暂缓备案。", Assert.IsType<ApplicationWithdrawn>(Assert.Single(application.DomainEvents)).Reason);
    }

    [Theory]
    [MemberData(nameof(ClosedStates))]
    public void Art11_Withdraw_FromAClosedState_IsRefused(FilingStatus state) =>
        AssertWrongState(() => ApplicationBuilder.InState(state).Withdraw(Applicant, null, Now), state);

    [Fact]
    public void Art11_Withdraw_ByTheSecretariat_IsRefused() =>
        AssertWrongRole(() => ApplicationBuilder.InState(FilingStatus.Recommended).Withdraw(Secretariat, null, Now));
}
