using AlliancePlatform.Support.Domain;
using static AlliancePlatform.Support.Tests.SupportTestData;

namespace AlliancePlatform.Support.Tests;

/// <summary>The life of an entitlement (Art 24): the decision on B's suggestion, and withdrawal at once.</summary>
public class EntitlementLifecycleTests
{
    private static Entitlement PendingSuggestion() => Assert.Single(Granted2025(Grade.B), e => e.Status == EntitlementStatus.Pending);

    [Fact]
    public void Art24_TheAdminDivision_ApprovesAPendingSuggestion_WhichHoldsFromTheApproval()
    {
        var suggestion = PendingSuggestion();
        var approvedAt = At(2025, 11, 3);

        suggestion.Approve(Admin, "  该联盟牵头编制行业技术路线图，给予指南建议资格。 ", approvedAt);

        Assert.Equal(EntitlementStatus.Granted, suggestion.Status);
        Assert.Equal(approvedAt, suggestion.ValidFrom);
        Assert.Equal(approvedAt, suggestion.GrantedAt);
        Assert.Equal("admin-1", suggestion.DecidedBy);
        Assert.Equal("该联盟牵头编制行业技术路线图，给予指南建议资格。", suggestion.DecisionReason);
        Assert.False(suggestion.IsHeldOn(approvedAt.AddTicks(-10)));
        Assert.True(suggestion.IsHeldOn(approvedAt));
    }

    [Fact]
    public void Art24_TheAdminDivision_DeclinesWithAReason_AndItNeverHolds()
    {
        var suggestion = PendingSuggestion();

        suggestion.Decline(Admin, "本年度指南方向不涉及该领域。", At(2025, 11, 3));

        Assert.Equal(EntitlementStatus.Declined, suggestion.Status);
        Assert.Equal(At(2025, 11, 3), suggestion.EndedAt);
        Assert.False(suggestion.IsHeldOn(At(2025, 12, 1)));
        Assert.False(suggestion.IsCurrent);
    }

    [Fact]
    public void Art24_ApproveOrDecline_ByAnotherRole_IsRefused()
    {
        var suggestion = PendingSuggestion();

        var approve = Violation(() => suggestion.Approve(Secretariat, "同意", At(2025, 11, 3)));
        var decline = Violation(() => suggestion.Decline(Unit(ChairUnit), "不同意", At(2025, 11, 3)));

        Assert.Equal("support.wrong_role", approve.Code);
        Assert.Equal("support.wrong_role", decline.Code);
        Assert.Contains("省科技厅综合管理处室", approve.Message, StringComparison.Ordinal);
        Assert.Equal(EntitlementStatus.Pending, suggestion.Status);
    }

    [Fact]
    public void Art24_ADecision_NeedsAReason_AndOnlyAPendingEntitlementIsDecided()
    {
        var suggestion = PendingSuggestion();
        var granted = Assert.Single(Granted2025(Grade.A), e => e.Kind == EntitlementKind.AwardNomination);

        Assert.Equal("support.reason_required", Violation(() => suggestion.Approve(Admin, "  ", At(2025, 11, 3))).Code);
        Assert.Equal("support.entitlement_not_pending", Violation(() => granted.Decline(Admin, "不同意", At(2025, 11, 3))).Code);
    }

    [Fact]
    public void Art24_RevocationOfTheFiling_WithdrawsEverythingAtOnce()
    {
        var held = Granted2025(Grade.A);
        var revokedAt = At(2026, 4, 15);

        var withdrawn = EntitlementGranting.OnFilingRevoked(held, AllianceId, "联盟备案已撤销", revokedAt);

        Assert.Equal(10, withdrawn.Count);
        Assert.All(held, e =>
        {
            Assert.Equal(EntitlementStatus.Withdrawn, e.Status);
            Assert.Equal(WithdrawalReason.Revoked, e.WithdrawalReason);
            Assert.Equal(revokedAt, e.EndedAt);
        });
        Assert.True(held[0].IsHeldOn(revokedAt.AddSeconds(-1)));
        Assert.False(held[0].IsHeldOn(revokedAt));
        Assert.Empty(EntitlementGranting.OnFilingRevoked(held, AllianceId, null, revokedAt.AddDays(1)));
    }

    [Fact]
    public void Art24_AUnitLeavingTheAlliance_LosesItsEntitlements_TheOthersKeepTheirs()
    {
        var held = Granted2025(Grade.A);

        var withdrawn = EntitlementGranting.OnUnitLeft(held, AllianceId, ChairUnit, At(2026, 5, 1));

        Assert.Equal(3, withdrawn.Count);
        Assert.All(withdrawn, e => Assert.Equal(WithdrawalReason.UnitLeft, e.WithdrawalReason));
        Assert.Equal(7, held.Count(e => e.Status == EntitlementStatus.Granted));
        Assert.Empty(EntitlementGranting.OnUnitLeft(held, OtherAllianceId, SecretaryGeneralUnit, At(2026, 5, 1)));
    }

    [Fact]
    public void Art24_AUnitNoLongerSecretaryGeneral_LosesWhatItHeldAsSuch()
    {
        var held = Granted2025(Grade.A);

        var withdrawn = EntitlementGranting.OnOfficersChanged(held, AllianceId, new AllianceOfficers(ChairUnit, MemberUnit), At(2026, 6, 1));

        Assert.Equal(4, withdrawn.Count);
        Assert.All(withdrawn, e =>
        {
            Assert.Equal(SecretaryGeneralUnit, e.UnitCreditCode);
            Assert.Equal(WithdrawalReason.RoleChanged, e.WithdrawalReason);
        });
        Assert.Equal(3, EntitlementGranting.HeldBy(held, ChairUnit, At(2026, 6, 2)).Count);
        Assert.Equal(4, EntitlementGranting.HeldBy(held, SecretaryGeneralUnit, At(2026, 5, 31)).Count);
        Assert.Empty(EntitlementGranting.HeldBy(held, SecretaryGeneralUnit, At(2026, 6, 1)));
    }

    [Fact]
    public void Art24_AWithdrawal_KeepsTheAdminDivisionsDecision_AndNotesTheEvent()
    {
        var suggestion = PendingSuggestion();
        suggestion.Approve(Admin, "给予指南建议资格", At(2025, 11, 3));

        EntitlementGranting.OnFilingRevoked([suggestion], AllianceId, "黑科备撤〔2026〕3号", At(2026, 4, 15));

        Assert.Equal("admin-1", suggestion.DecidedBy);
        Assert.Equal("给予指南建议资格", suggestion.DecisionReason);
        Assert.Equal("黑科备撤〔2026〕3号", suggestion.EndNote);
        Assert.True(suggestion.IsHeldOn(At(2026, 1, 1)));
    }

    [Fact]
    public void Art24_AGradeRedeliveredAfterRevocation_GrantsNothingAgain()
    {
        var held = Granted2025(Grade.A);
        EntitlementGranting.OnFilingRevoked(held, AllianceId, null, At(2026, 4, 15));

        var outcome = EntitlementGranting.OnGradePublished(Grade2025(Grade.A), Officers, EntitlementRuleSet.Default, held, At(2026, 4, 16));

        Assert.Same(GradeOutcome.Nothing, outcome);
    }

    [Fact]
    public void Art24_TheAlliancesOwnEntitlement_IsNotWithdrawnForAUnit()
    {
        var nomination = Assert.Single(Granted2025(Grade.A), e => e.Kind == EntitlementKind.AwardNomination);

        Assert.Equal(
            "support.entitlement_not_a_unit_one",
            Violation(() => nomination.Withdraw(WithdrawalReason.RoleChanged, null, At(2026, 6, 1))).Code);
    }

    [Fact]
    public void Art24_AnEndedEntitlement_IsNotWithdrawnAgain()
    {
        var nomination = Assert.Single(Granted2025(Grade.A), e => e.Kind == EntitlementKind.AwardNomination);
        nomination.Withdraw(WithdrawalReason.Revoked, null, At(2026, 4, 15));

        Assert.Equal("support.entitlement_ended", Violation(() => nomination.Withdraw(WithdrawalReason.Revoked, null, At(2026, 4, 16))).Code);
        Assert.Equal("support.entitlement_ended", Violation(() => nomination.Supersede(Grade2026(Grade.A), Published2026)).Code);
    }
}
