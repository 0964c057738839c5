using AlliancePlatform.Support.Domain;
using static AlliancePlatform.Support.Tests.SupportTestData;

namespace AlliancePlatform.Support.Tests;

/// <summary>What a published grade grants (Art 24, 26) under the default rules, and what the next grade supersedes.</summary>
public class EntitlementGrantingTests
{
    private static readonly EntitlementKind[] UnitPriorities =
        [EntitlementKind.ProjectApprovalPriority, EntitlementKind.InnovationPlatformPriority, EntitlementKind.ChiefEngineerDispatchPriority];

    [Fact]
    public void Art24_GradeA_GrantsTheAllianceNominationGuideSuggestionAndApplicationRecommendation()
    {
        var granted = Granted2025(Grade.A);

        var allianceKinds = granted.Where(e => e.Holder == EntitlementHolder.Alliance).Select(e => e.Kind).Order();
        Assert.Equal(
            [EntitlementKind.AwardNomination, EntitlementKind.ProjectGuideSuggestion, EntitlementKind.ProjectApplicationRecommendation],
            allianceKinds);
        Assert.All(granted, e => Assert.Equal(EntitlementStatus.Granted, e.Status));
        Assert.All(granted.Where(e => e.Holder == EntitlementHolder.Alliance), e => Assert.Null(e.UnitCreditCode));
        Assert.All(granted, e =>
        {
            Assert.Equal(AllianceId, e.AllianceId);
            Assert.Equal(Campaign2025, e.CampaignId);
            Assert.Equal(Grade.A, e.Grade);
            Assert.Equal(EntitlementRuleSet.Default.Version, e.RuleSetVersion);
            Assert.Equal(Published2025, e.ValidFrom);
            Assert.Null(e.EndedAt);
        });
    }

    [Fact]
    public void Art24_GradeA_GivesTheChairAndSecretaryGeneralUnitsTheThreePriorities()
    {
        var granted = Granted2025(Grade.A);

        Assert.Equal(UnitPriorities.Order(), granted.Where(e => e.UnitCreditCode == ChairUnit).Select(e => e.Kind).Order());
        Assert.All(granted.Where(e => e.UnitCreditCode == ChairUnit), e => Assert.Equal(EntitlementHolder.ChairUnit, e.Holder));
        Assert.Equal(
            [.. UnitPriorities, EntitlementKind.TechnologyManagerTraining],
            granted.Where(e => e.UnitCreditCode == SecretaryGeneralUnit).Select(e => e.Kind).Order());
        Assert.Equal(10, granted.Count);
    }

    [Fact]
    public void Art26_GradeA_MakesTheSecretaryGeneralUnitATrainingCandidate_AndNotTheChair()
    {
        var training = Assert.Single(Granted2025(Grade.A), e => e.Kind == EntitlementKind.TechnologyManagerTraining);

        Assert.Equal(SecretaryGeneralUnit, training.UnitCreditCode);
        Assert.Equal("Art 26", training.Article);
        Assert.Equal(EntitlementStatus.Granted, training.Status);
    }

    [Fact]
    public void Art24_GradeB_GivesAPendingGuideSuggestion_AndThePrioritiesButNoTraining()
    {
        var granted = Granted2025(Grade.B);

        var suggestion = Assert.Single(granted, e => e.Holder == EntitlementHolder.Alliance);
        Assert.Equal(EntitlementKind.ProjectGuideSuggestion, suggestion.Kind);
        Assert.Equal(EntitlementStatus.Pending, suggestion.Status);
        Assert.Null(suggestion.ValidFrom);
        Assert.False(suggestion.IsHeldOn(Published2025.AddDays(1)));
        Assert.Equal(6, granted.Count(e => e.Holder != EntitlementHolder.Alliance && e.Status == EntitlementStatus.Granted));
        Assert.DoesNotContain(granted, e => e.Kind == EntitlementKind.TechnologyManagerTraining);
    }

    [Theory]
    [InlineData(Grade.C)]
    [InlineData(Grade.D)]
    public void Art24_GradesCAndD_GrantNothing(Grade grade) => Assert.Empty(Granted2025(grade));

    [Fact]
    public void Art24_AnUnknownOfficer_GetsNothing_TheAllianceStillDoes()
    {
        var granted = Granted2025(Grade.A, new AllianceOfficers(ChairUnit, " "));

        Assert.Equal(3, granted.Count(e => e.Holder == EntitlementHolder.Alliance));
        Assert.Equal(3, granted.Count(e => e.UnitCreditCode == ChairUnit));
        Assert.DoesNotContain(granted, e => e.Holder == EntitlementHolder.SecretaryGeneralUnit);
    }

    [Fact]
    public void Art24_TheNextGrade_SupersedesWhatTheLastOneGranted_AtItsPublication()
    {
        var held = Granted2025(Grade.A);

        var outcome = EntitlementGranting.OnGradePublished(Grade2026(Grade.B), Officers, EntitlementRuleSet.Default, held, Published2026.AddMinutes(1));

        Assert.Equal(10, outcome.Superseded.Count);
        Assert.All(held, e =>
        {
            Assert.Equal(EntitlementStatus.Superseded, e.Status);
            Assert.Equal(Published2026, e.EndedAt);
            Assert.Equal(Campaign2026, e.SupersededByCampaignId);
        });
        Assert.Equal(7, outcome.Created.Count);
        Assert.All(outcome.Created, e => Assert.Equal(Campaign2026, e.CampaignId));
    }

    [Fact]
    public void Art24_AGradeAlreadyApplied_OrOlderThanWhatIsHeld_ChangesNothing()
    {
        var held = Granted2025(Grade.A);

        Assert.Same(GradeOutcome.Nothing, EntitlementGranting.OnGradePublished(Grade2025(Grade.A), Officers, EntitlementRuleSet.Default, held, Published2025));
        var later = EntitlementGranting.OnGradePublished(Grade2026(Grade.A), Officers, EntitlementRuleSet.Default, held, Published2026).Created;
        var stale = new PublishedGrade(AllianceId, Guid.NewGuid(), 2024, Grade.A, Published2025.AddDays(-400));
        Assert.Same(GradeOutcome.Nothing, EntitlementGranting.OnGradePublished(stale, Officers, EntitlementRuleSet.Default, later, Published2026));
        Assert.All(later, e => Assert.Equal(EntitlementStatus.Granted, e.Status));
    }

    [Fact]
    public void Art24_AGradeOfAnotherAlliance_SupersedesNothingHere()
    {
        var held = Granted2025(Grade.A);

        var outcome = EntitlementGranting.OnGradePublished(Grade2026(Grade.C, OtherAllianceId), AllianceOfficers.None, EntitlementRuleSet.Default, held, Published2026);

        Assert.Empty(outcome.Superseded);
        Assert.All(held, e => Assert.Equal(EntitlementStatus.Granted, e.Status));
        Assert.Equal("support.entitlement_other_alliance", Violation(() => held[0].Supersede(Grade2026(Grade.C, OtherAllianceId), Published2026)).Code);
    }

    [Fact]
    public void Art24_APendingSuggestion_IsSupersededByTheNextGrade_WithoutEverHolding()
    {
        var pending = Assert.Single(Granted2025(Grade.B), e => e.Status == EntitlementStatus.Pending);

        EntitlementGranting.Supersede([pending], Grade2026(Grade.C), Published2026.AddMinutes(5));

        Assert.Equal(EntitlementStatus.Superseded, pending.Status);
        Assert.Equal(Published2026.AddMinutes(5), pending.EndedAt);
        Assert.False(pending.IsHeldOn(Published2026));
        Assert.Equal("support.entitlement_not_pending", Violation(() => pending.Approve(Admin, "同意", Published2026.AddDays(1))).Code);
    }

    [Fact]
    public void Art24_HeldOn_AnswersForPastInstants()
    {
        var held = Granted2025(Grade.A);
        EntitlementGranting.OnGradePublished(Grade2026(Grade.C), Officers, EntitlementRuleSet.Default, held, Published2026);

        Assert.Empty(EntitlementGranting.HeldBy(held, SecretaryGeneralUnit, Published2025.AddSeconds(-1)));
        Assert.Equal(4, EntitlementGranting.HeldBy(held, SecretaryGeneralUnit, Published2025).Count);
        Assert.Equal(4, EntitlementGranting.HeldBy(held, SecretaryGeneralUnit, At(2026, 3, 1)).Count);
        Assert.Empty(EntitlementGranting.HeldBy(held, SecretaryGeneralUnit, Published2026));
        Assert.Empty(EntitlementGranting.HeldBy(held, MemberUnit, At(2026, 3, 1)));
    }

    [Fact]
    public void Art24_TheEntitlementSaysWhyItIsHeld()
    {
        var training = Assert.Single(Granted2025(Grade.A), e => e.Kind == EntitlementKind.TechnologyManagerTraining);

        Assert.Equal("2025年度活跃度评价A级联盟的秘书长单位（Art 26）", training.WhyZh());
        Assert.Contains("secretary-general unit", training.WhyEn(), StringComparison.Ordinal);
        Assert.Equal("技术经理人培训等成果转化人才优先支持计划候选", training.Kind.NameZh());
    }
}
