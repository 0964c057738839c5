using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Tests.TestData;

namespace AlliancePlatform.Membership.Tests;

public class CharterTests
{
    private readonly MemberUnit _enterprise = Unit(MemberUnitType.Enterprise);
    private readonly MemberUnit _university = Unit(MemberUnitType.University);
    private readonly MemberUnit _institute = Unit(MemberUnitType.ResearchInstitute);

    private Alliance JoinedByAll()
    {
        var alliance = NewAlliance();
        alliance.Join(_enterprise, Today.AddDays(-20), null, Now);
        alliance.Join(_university, Today.AddDays(-20), null, Now);
        alliance.Join(_institute, Today.AddDays(-20), null, Now);
        return alliance;
    }

    [Fact]
    public void Art6_2_Charter_WhenAMemberHasNotSigned_IsNotEffective()
    {
        var alliance = JoinedByAll();
        var version = alliance.ProposeCharter(CompleteClauses, Now);

        alliance.SignCharter(1, _enterprise, LegalRepresentative, Today, Now);
        alliance.SignCharter(1, _university, LegalRepresentative, Today, Now);

        Assert.Equal(CharterVersionState.UnderAdoption, version.State);
        Assert.Null(alliance.FindEffectiveCharter());
        Assert.Equal([_institute.Id], alliance.SignaturesStillNeeded(version).Select(m => m.MemberUnitId));
        Assert.Empty(alliance.CurrentMemberUnitIds());
        Assert.Empty(alliance.DomainEvents);
    }

    [Fact]
    public void Art6_2_Charter_WhenEveryMemberHasSigned_BecomesEffective_AndTheFoundersCount()
    {
        var alliance = JoinedByAll();
        var version = alliance.ProposeCharter(CompleteClauses, Now);

        alliance.SignCharter(1, _enterprise, LegalRepresentative, Today.AddDays(-3), Now);
        alliance.SignCharter(1, _university, LegalRepresentative, Today.AddDays(-1), Now);
        alliance.SignCharter(1, _institute, $" {LegalRepresentative} ", Today.AddDays(-2), Now);

        Assert.Equal(CharterVersionState.Effective, version.State);
        Assert.Equal(Today.AddDays(-1), version.EffectiveOn);
        Assert.Same(version, alliance.FindEffectiveCharter());
        Assert.Equal(3, alliance.CurrentMemberUnitIds().Count);
        Assert.Equal(new CharterBecameEffective(alliance.Id, 1, Today.AddDays(-1), null), alliance.DomainEvents[0]);
        Assert.Equal(3, alliance.DomainEvents.OfType<MemberUnitJoined>().Count(j => j.MemberSince == Today.AddDays(-1) && j.CharterVersion == 1));
        Assert.All(version.Signatures, s => Assert.Equal(CharterSignatureKind.Adoption, s.Kind));
    }

    [Fact]
    public void Art6_2_Charter_SignedBySomeoneOtherThanTheLegalRepresentative_IsRejected()
    {
        var alliance = JoinedByAll();
        alliance.ProposeCharter(CompleteClauses, Now);

        AssertRejected(() => alliance.SignCharter(1, _enterprise, "李秘书", Today, Now), "charter.signer_not_legal_representative");
        AssertRejected(() => alliance.SignCharter(1, _enterprise, null, Today, Now), "charter.signer_not_legal_representative");
    }

    [Fact]
    public void Art6_2_Charter_SignedByAUnitThatHasNotJoined_IsRejected()
    {
        var alliance = NewAlliance();
        alliance.ProposeCharter(CompleteClauses, Now);

        AssertRejected(() => alliance.SignCharter(1, _enterprise, LegalRepresentative, Today, Now), "charter.signer_not_member", RuleKind.Conflict);
    }

    [Fact]
    public void Art6_2_Charter_SignedTwiceByOneUnit_IsRejected()
    {
        var alliance = JoinedByAll();
        alliance.ProposeCharter(CompleteClauses, Now);
        alliance.SignCharter(1, _enterprise, LegalRepresentative, Today, Now);

        AssertRejected(() => alliance.SignCharter(1, _enterprise, LegalRepresentative, Today, Now), "charter.already_signed", RuleKind.Conflict);
    }

    [Fact]
    public void Art6_2_Charter_SignedAfterToday_IsRejected()
    {
        var alliance = JoinedByAll();
        alliance.ProposeCharter(CompleteClauses, Now);

        AssertRejected(() => alliance.SignCharter(1, _enterprise, LegalRepresentative, Today.AddDays(1), Now), "charter.signed_in_future");
    }

    [Fact]
    public void Art6_2_Charter_VersionThatDoesNotExist_CannotBeSigned()
    {
        var alliance = JoinedByAll();

        AssertRejected(() => alliance.SignCharter(1, _enterprise, LegalRepresentative, Today, Now), "charter.unknown_version");
    }

    [Fact]
    public void Art6_2_Charter_WithoutAnyUnit_NeverBecomesEffective()
    {
        var alliance = NewAlliance();

        var version = alliance.ProposeCharter(CompleteClauses, Now);

        Assert.Equal(CharterVersionState.UnderAdoption, version.State);
    }

    [Fact]
    public void Art6_2_Charter_BecomesEffective_WhenTheLastUnitThatHadNotSignedLeaves()
    {
        var alliance = JoinedByAll();
        alliance.ProposeCharter(CompleteClauses, Now);
        alliance.SignCharter(1, _enterprise, LegalRepresentative, Today.AddDays(-2), Now);
        alliance.SignCharter(1, _university, LegalRepresentative, Today.AddDays(-2), Now);

        alliance.Leave(_institute.Id, Today, "不再参与", Now);

        Assert.Equal(Today, alliance.FindEffectiveCharter()?.EffectiveOn);
        Assert.Equal([_enterprise.Id, _university.Id], alliance.CurrentMemberUnitIds());
    }

    [Fact]
    public void Art6_2_NewVersion_SupersedesTheOldOnlyWhenEveryCurrentMemberHasSignedIt()
    {
        var alliance = FoundedAlliance(_enterprise, _university);
        var first = alliance.FindEffectiveCharter()!;
        var second = alliance.ProposeCharter(CompleteClauses with { InnovationGoals = "新的技术创新目标" }, Now);

        alliance.SignCharter(2, _enterprise, LegalRepresentative, Today, Now);
        Assert.Same(first, alliance.FindEffectiveCharter());

        alliance.SignCharter(2, _university, LegalRepresentative, Today, Now);

        Assert.Equal(2, second.Number);
        Assert.Same(second, alliance.FindEffectiveCharter());
        Assert.Equal((CharterVersionState.Superseded, Today), (first.State, first.SupersededOn));
        Assert.Equal(new CharterBecameEffective(alliance.Id, 2, Today, 1), Assert.Single(alliance.DomainEvents));
    }

    [Fact]
    public void Art6_2_NewVersion_DoesNotWaitForUnitsStillJoining()
    {
        var alliance = FoundedAlliance(_enterprise);
        alliance.Join(_institute, Today, null, Now);
        alliance.ProposeCharter(CompleteClauses, Now);

        alliance.SignCharter(2, _enterprise, LegalRepresentative, Today, Now);

        Assert.Equal(2, alliance.FindEffectiveCharter()?.Number);
        Assert.False(alliance.IsCurrentMember(_institute.Id));
    }

    [Fact]
    public void Art6_2_UnitStillJoining_ThatSignsTheNewVersion_CountsWhenItBecomesEffective()
    {
        var alliance = FoundedAlliance(_enterprise);
        alliance.Join(_institute, Today, null, Now);
        alliance.ProposeCharter(CompleteClauses, Now);
        alliance.SignCharter(2, _institute, LegalRepresentative, Today, Now);
        Assert.False(alliance.IsCurrentMember(_institute.Id));

        alliance.SignCharter(2, _enterprise, LegalRepresentative, Today, Now);

        Assert.True(alliance.IsCurrentMember(_institute.Id));
        Assert.Equal(2, alliance.DomainEvents.OfType<MemberUnitJoined>().Single().CharterVersion);
    }

    [Fact]
    public void Art6_2_Accession_IsRecordedAsSuch()
    {
        var alliance = FoundedAlliance(_enterprise);
        alliance.Join(_university, Today, null, Now);

        var signature = alliance.SignCharter(1, _university, LegalRepresentative, Today, Now);

        Assert.Equal(CharterSignatureKind.Accession, signature.Kind);
        Assert.Equal(_university.Id, signature.MemberUnitId);
        Assert.Equal(LegalRepresentative, signature.SignerName);
    }

    [Fact]
    public void Art6_2_Accession_ToASupersededVersion_IsRejected()
    {
        var alliance = FoundedAlliance(_enterprise);
        alliance.ProposeCharter(CompleteClauses, Now);
        alliance.SignCharter(2, _enterprise, LegalRepresentative, Today, Now);
        alliance.Join(_university, Today, null, Now);

        AssertRejected(() => alliance.SignCharter(1, _university, LegalRepresentative, Today, Now), "charter.version_closed", RuleKind.Conflict);
    }

    [Fact]
    public void Art6_2_NewProposal_WithdrawsTheVersionStillUnderAdoption()
    {
        var alliance = JoinedByAll();
        var first = alliance.ProposeCharter(CompleteClauses with { BreachLiability = null }, Now);
        alliance.SignCharter(1, _enterprise, LegalRepresentative, Today, Now);

        var second = alliance.ProposeCharter(CompleteClauses, Now.AddHours(1));

        Assert.Equal((CharterVersionState.Withdrawn, Now.AddHours(1)), (first.State, first.WithdrawnAt));
        Assert.Same(second, alliance.FindCharterUnderAdoption());
        AssertRejected(() => alliance.SignCharter(1, _university, LegalRepresentative, Today, Now), "charter.version_closed", RuleKind.Conflict);
    }

    [Fact]
    public void Art6_2_4_5_Clauses_WithoutText_AreMissing()
    {
        var clauses = CompleteClauses with { IntellectualProperty = "  ", FundManagement = null };

        Assert.Equal([CharterClause.IntellectualProperty, CharterClause.FundManagement], clauses.Missing());
        Assert.True(clauses.Has(CharterClause.TaskDivision));
        Assert.Empty(CompleteClauses.Missing());
    }

    [Fact]
    public void Art6_2_4_5_EveryRequiredClause_HasAnArticleAndNames()
    {
        Assert.Equal(Enum.GetValues<CharterClause>(), CharterClauseInfo.All.Select(c => c.Clause));
        Assert.Equal("Art 6-5", CharterClauseInfo.Of(CharterClause.IntellectualProperty).Article);
        Assert.Equal("Art 6-5", CharterClauseInfo.Of(CharterClause.BreachLiability).Article);
        Assert.Equal("Art 6-4", CharterClauseInfo.Of(CharterClause.FundManagement).Article);
    }

    private static void AssertRejected(Action act, string code, RuleKind kind = RuleKind.Unprocessable)
    {
        var broken = Assert.Throws<RuleViolationException>(act);
        Assert.Equal(code, broken.Violation.Code);
        Assert.Equal(kind, broken.Violation.Kind);
    }
}
