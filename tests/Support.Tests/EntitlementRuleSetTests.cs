using AlliancePlatform.Support.Domain;
using static AlliancePlatform.Support.Tests.SupportTestData;

namespace AlliancePlatform.Support.Tests;

/// <summary>The entitlement rules as data (Art 24, 26): versioned, edited by the admin division, checked.</summary>
public class EntitlementRuleSetTests
{
    [Fact]
    public void Art24_TheDefaultRules_AreVersionOne_AndNameTheirArticles()
    {
        var rules = EntitlementRuleSet.Default;

        Assert.Equal(1, rules.Version);
        Assert.Equal(17, rules.Rules.Count);
        Assert.Empty(rules.RulesFor(Grade.C));
        Assert.Empty(rules.RulesFor(Grade.D));
        Assert.Equal("Art 26", Assert.Single(rules.Rules, r => r.Kind == EntitlementKind.TechnologyManagerTraining).Article);
        Assert.All(rules.Rules.Where(r => r.Kind != EntitlementKind.TechnologyManagerTraining), r => Assert.Equal("Art 24", r.Article));
        Assert.Equal([Grade.B], rules.Rules.Where(r => r.NeedsAdminDecision).Select(r => r.Grade));
    }

    [Fact]
    public void Art24_EveryKind_HasChineseAndEnglishNames() =>
        Assert.All(EntitlementKindNames.All, kind =>
        {
            Assert.NotEqual(kind.ToString(), kind.NameZh());
            Assert.NotEqual(kind.ToString(), kind.NameEn());
        });

    [Fact]
    public void Art24_TheAdminDivision_EditsTheRules_IntoANewVersion()
    {
        var edited = EntitlementRuleSet.Default.Edit(
            Admin,
            1,
            [.. EntitlementRuleSet.Default.Rules, new(Grade.B, EntitlementKind.AwardNomination, EntitlementHolder.Alliance, NeedsAdminDecision: true)],
            "B级联盟也可视情况提名",
            At(2026, 1, 5));

        Assert.Equal(2, edited.Version);
        Assert.Equal("admin-1", edited.EditedBy);
        Assert.Equal(17, EntitlementRuleSet.Default.Rules.Count);
        var granted = EntitlementGranting.Grant(Grade2025(Grade.B), Officers, edited, Published2025);
        Assert.Equal(2, granted.Count(e => e.Status == EntitlementStatus.Pending));
        Assert.All(granted, e => Assert.Equal(2, e.RuleSetVersion));
    }

    [Fact]
    public void Art24_AnotherRole_CannotEditTheRules() =>
        Assert.Equal("support.wrong_role", Violation(() => EntitlementRuleSet.Default.Edit(Secretariat, 1, [], "理由", At(2026, 1, 5))).Code);

    [Fact]
    public void Art24_AnEdit_GivingAUnitKindToTheAlliance_OrTwiceTheSameRule_IsRefused()
    {
        var rules = EntitlementRuleSet.Default.Rules;

        Assert.Equal(
            "support.entitlement_rule_holder_mismatch",
            Violation(() => EntitlementRuleSet.Default.Edit(Admin, 1, [.. rules, new(Grade.C, EntitlementKind.ProjectApprovalPriority, EntitlementHolder.Alliance)], "理由", At(2026, 1, 5))).Code);
        Assert.Equal(
            "support.entitlement_rule_holder_mismatch",
            Violation(() => EntitlementRuleSet.Default.Edit(Admin, 1, [new(Grade.A, EntitlementKind.AwardNomination, EntitlementHolder.ChairUnit)], "理由", At(2026, 1, 5))).Code);
        Assert.Equal(
            "support.entitlement_rule_duplicate",
            Violation(() => EntitlementRuleSet.Default.Edit(Admin, 1, [.. rules, rules[0] with { NeedsAdminDecision = true }], "理由", At(2026, 1, 5))).Code);
        Assert.Equal(
            "support.entitlement_rules_unchanged",
            Violation(() => EntitlementRuleSet.Default.Edit(Admin, 1, rules.Reverse(), "理由", At(2026, 1, 5))).Code);
    }

    [Fact]
    public void Art24_AStoredVersion_IsReadBackAsItWasKept()
    {
        var restored = EntitlementRuleSet.Restore(3, EntitlementRuleSet.Default.Rules, At(2026, 1, 5), "admin-1");

        Assert.Equal(3, restored.Version);
        Assert.Equal(EntitlementRuleSet.Default.Rules, restored.Rules);
        Assert.Equal("support.entitlement_rules_version_invalid", Violation(() => EntitlementRuleSet.Restore(0, [], null, null)).Code);
    }

    [Fact]
    public void Art24_AnEdit_KeepsItsReason_AndAnEditOfAnOlderVersion_IsStale()
    {
        var rules = EntitlementRuleSet.Default.Rules;
        var v2 = EntitlementRuleSet.Default.Edit(
            Admin, 1, [.. rules, new(Grade.C, EntitlementKind.TechnologyManagerTraining, EntitlementHolder.ChairUnit)], "  C级联盟理事长单位纳入候选  ", At(2026, 1, 5));

        Assert.Equal("C级联盟理事长单位纳入候选", v2.Reason);
        Assert.Equal(EntitlementKind.TechnologyManagerTraining, Assert.Single(v2.RulesFor(Grade.C)).Kind);
        Assert.Equal("support.entitlement_rules_stale", Violation(() => v2.Edit(Admin, 1, rules, "改回", At(2026, 1, 6))).Code);
        Assert.Equal(3, v2.Edit(Admin, 2, rules, "改回", At(2026, 1, 6)).Version);
    }

    [Fact]
    public void Art24_AnEdit_NeedsAReason() =>
        Assert.Equal(
            "support.reason_required",
            Violation(() => EntitlementRuleSet.Default.Edit(
                Admin, 1, [.. EntitlementRuleSet.Default.Rules, new(Grade.C, EntitlementKind.AwardNomination, EntitlementHolder.Alliance)], " ", At(2026, 1, 5))).Code);

    [Fact]
    public void Art24_AStoredVersion_KeepsWhoWhenAndWhy()
    {
        var restored = EntitlementRuleSet.Restore(2, EntitlementRuleSet.Default.Rules, At(2026, 1, 5), "admin-1", "调整");

        Assert.Equal("调整", restored.Reason);
        Assert.Null(EntitlementRuleSet.Default.Reason);
    }
}
