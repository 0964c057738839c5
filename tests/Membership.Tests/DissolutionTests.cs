using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Tests.TestData;

namespace AlliancePlatform.Membership.Tests;

public class DissolutionTests
{
    [Fact]
    public void Art17_4_RequestDissolution_RecordsTheResolutionAndRaisesTheEvent()
    {
        var alliance = NewAlliance();

        alliance.RequestDissolution(Today.AddDays(-3), "  联盟任务已完成，经理事会决议解散。 ", Now);

        Assert.Equal(Today.AddDays(-3), alliance.DissolutionResolvedOn);
        Assert.Equal("联盟任务已完成，经理事会决议解散。", alliance.DissolutionReason);
        var raised = Assert.IsType<DissolutionRequested>(Assert.Single(alliance.DomainEvents));
        Assert.Equal(alliance.Id, raised.AllianceId);
    }

    [Fact]
    public void Art17_4_RequestDissolution_Twice_IsRefused()
    {
        var alliance = NewAlliance();
        alliance.RequestDissolution(Today, "解散。", Now);

        var refused = Assert.Throws<RuleViolationException>(() => alliance.RequestDissolution(Today, "再次解散。", Now));

        Assert.Equal("alliance.dissolution_already_requested", refused.Violation.Code);
        Assert.Equal(RuleKind.Conflict, refused.Violation.Kind);
    }

    [Theory]
    [InlineData(1, "解散。", "alliance.dissolution_resolved_in_future")]
    [InlineData(0, " ", "alliance.dissolution_reason_required")]
    public void Art17_4_RequestDissolution_WithABadResolution_IsRefused(int daysAhead, string reason, string code)
    {
        var alliance = NewAlliance();

        var refused = Assert.Throws<RuleViolationException>(() => alliance.RequestDissolution(Today.AddDays(daysAhead), reason, Now));

        Assert.Equal(code, refused.Violation.Code);
        Assert.Empty(alliance.DomainEvents);
    }
}
