using AlliancePlatform.Membership.Domain;
using static AlliancePlatform.Membership.Tests.TestData;

namespace AlliancePlatform.Membership.Tests;

public class AllianceEligibilityTests
{
    private static readonly string[] AllCodes =
    [
        "art6_1.min_members",
        "art6_1.enterprise_member",
        "art6_1.academic_member",
        "art6_1.chair_unit_in_heilongjiang",
        "art6_2.charter_task_division",
        "art6_2.charter_innovation_goals",
        "art6_2.charter_organisation_form",
        "art6_2.charter_achievement_sharing",
        "art6_5.charter_intellectual_property",
        "art6_5.charter_breach_liability",
        "art6_4.charter_fund_management",
        "art6_2.charter_signed",
        "art6_3.council",
        "art6_3.expert_committee",
        "art6_3.secretariat",
        "art7_2.standard_name",
    ];

    [Fact]
    public void Art6_AnAllianceMeetingEveryCondition_PassesEveryCheck()
    {
        var (alliance, units) = EligibleAlliance();

        var checks = AllianceEligibility.Evaluate(alliance, units);

        Assert.Equal(AllCodes, checks.Select(c => c.Code));
        Assert.All(checks, c => Assert.True(c.Passed, c.MessageEn));
        Assert.All(checks, c => Assert.False(string.IsNullOrWhiteSpace(c.Message) || string.IsNullOrWhiteSpace(c.MessageEn)));
    }

    [Fact]
    public void Art6_ANewAlliance_FailsEveryCheckButTheName()
    {
        var checks = AllianceEligibility.Evaluate(NewAlliance(), []);

        Assert.Equal(AllCodes, checks.Select(c => c.Code));
        Assert.Equal(["art7_2.standard_name"], checks.Where(c => c.Passed).Select(c => c.Code));
    }

    [Fact]
    public void Art6_1_TooFewMembers_Fails()
    {
        var (alliance, units) = EligibleAlliance();
        alliance.Leave(units[2].Id, Today, "退出", Now);

        var check = Find(AllianceEligibility.Evaluate(alliance, units), "art6_1.min_members");

        Assert.False(check.Passed);
        Assert.Equal("Art 6-1", check.Article);
        Assert.Contains("2", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Art6_1_UnitsThatHaveNotSignedTheCharter_DoNotCount()
    {
        var enterprise = Unit(MemberUnitType.Enterprise);
        var university = Unit(MemberUnitType.University);
        var institute = Unit(MemberUnitType.ResearchInstitute);
        var alliance = FoundedAlliance(enterprise);
        alliance.Join(university, Today, null, Now);
        alliance.Join(institute, Today, null, Now);

        var checks = AllianceEligibility.Evaluate(alliance, [enterprise, university, institute]);

        Assert.False(Find(checks, "art6_1.min_members").Passed);
        Assert.False(Find(checks, "art6_1.academic_member").Passed);
    }

    [Fact]
    public void Art6_1_WithoutAnEnterprise_Fails()
    {
        MemberUnit[] units = [Unit(MemberUnitType.University), Unit(MemberUnitType.ResearchInstitute), Unit(MemberUnitType.ServiceOrg)];

        var checks = AllianceEligibility.Evaluate(FoundedAlliance(units), units);

        Assert.True(Find(checks, "art6_1.min_members").Passed);
        Assert.False(Find(checks, "art6_1.enterprise_member").Passed);
        Assert.True(Find(checks, "art6_1.academic_member").Passed);
    }

    [Theory]
    [InlineData(MemberUnitType.University, true)]
    [InlineData(MemberUnitType.ResearchInstitute, true)]
    [InlineData(MemberUnitType.FinancialInstitution, false)]
    public void Art6_1_AcademicMember_IsAUniversityOrAResearchInstitute(MemberUnitType type, bool passed)
    {
        MemberUnit[] units = [Unit(MemberUnitType.Enterprise), Unit(MemberUnitType.Enterprise), Unit(type)];

        Assert.Equal(passed, Find(AllianceEligibility.Evaluate(FoundedAlliance(units), units), "art6_1.academic_member").Passed);
    }

    [Fact]
    public void Art6_1_Policy_SetsTheMinimumAndTheUnitTypesRequired()
    {
        var (alliance, units) = EligibleAlliance();
        var policy = EligibilityPolicy.Default with
        {
            MinimumMembers = 5,
            UnitTypeRequirements = [new UnitTypeRequirement("art6_1.financial_member", [MemberUnitType.FinancialInstitution])],
        };

        var checks = AllianceEligibility.Evaluate(alliance, units, policy);

        Assert.False(Find(checks, "art6_1.min_members").Passed);
        Assert.Contains("5", Find(checks, "art6_1.min_members").Message, StringComparison.Ordinal);
        var financial = Find(checks, "art6_1.financial_member");
        Assert.False(financial.Passed);
        Assert.Contains("金融机构", financial.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(checks, c => c.Code == "art6_1.enterprise_member");
    }

    [Fact]
    public void Art6_1_DefaultPolicy_AsksForThreeMembersIncludingIndustryAndAcademia()
    {
        Assert.Equal(3, EligibilityPolicy.Default.MinimumMembers);
        Assert.Equal(
            [[MemberUnitType.Enterprise], [MemberUnitType.University, MemberUnitType.ResearchInstitute]],
            EligibilityPolicy.Default.UnitTypeRequirements.Select(r => r.AnyOf));
    }

    [Fact]
    public void Art6_1_ChairUnitRegisteredOutsideHeilongjiang_Fails()
    {
        var beijingEnterprise = Unit(MemberUnitType.Enterprise, "110108");
        MemberUnit[] units = [beijingEnterprise, Unit(MemberUnitType.University), Unit(MemberUnitType.Enterprise)];
        var alliance = FoundedAlliance(units);
        alliance.SetChairUnit(beijingEnterprise.Id, Today, null, Now);

        var check = Find(AllianceEligibility.Evaluate(alliance, units), "art6_1.chair_unit_in_heilongjiang");

        Assert.False(check.Passed);
        Assert.Contains("110108", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Art6_1_WithoutAChairUnit_Fails()
    {
        MemberUnit[] units = [Unit(MemberUnitType.Enterprise)];

        Assert.False(Find(AllianceEligibility.Evaluate(FoundedAlliance(units), units), "art6_1.chair_unit_in_heilongjiang").Passed);
    }

    [Fact]
    public void Art6_1_ChairUnitWhoseDetailsAreNotGiven_Fails()
    {
        var (alliance, units) = EligibleAlliance();

        Assert.False(Find(AllianceEligibility.Evaluate(alliance, units[1..]), "art6_1.chair_unit_in_heilongjiang").Passed);
    }

    [Theory]
    [InlineData(CharterClause.TaskDivision, "art6_2.charter_task_division", "Art 6-2")]
    [InlineData(CharterClause.AchievementSharing, "art6_2.charter_achievement_sharing", "Art 6-2")]
    [InlineData(CharterClause.IntellectualProperty, "art6_5.charter_intellectual_property", "Art 6-5")]
    [InlineData(CharterClause.BreachLiability, "art6_5.charter_breach_liability", "Art 6-5")]
    [InlineData(CharterClause.FundManagement, "art6_4.charter_fund_management", "Art 6-4")]
    public void Art6_2_CharterWithoutARequiredClause_FailsUnderItsArticle(CharterClause clause, string code, string article)
    {
        var (alliance, units) = EligibleAlliance();
        alliance.ProposeCharter(WithoutClause(clause), Now);
        foreach (var unit in units)
        {
            alliance.SignCharter(2, unit, LegalRepresentative, Today, Now);
        }

        var checks = AllianceEligibility.Evaluate(alliance, units);

        var failed = Assert.Single(checks, c => !c.Passed);
        Assert.Equal((code, article), (failed.Code, failed.Article));
        Assert.Contains("第2版", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Art6_2_CharterUnderAdoption_IsCheckedForClausesButNotYetSigned()
    {
        var units = new[] { Unit(MemberUnitType.Enterprise), Unit(MemberUnitType.University) };
        var alliance = NewAlliance();
        foreach (var unit in units)
        {
            alliance.Join(unit, Today, null, Now);
        }

        alliance.ProposeCharter(CompleteClauses with { InnovationGoals = null }, Now);
        alliance.SignCharter(1, units[0], LegalRepresentative, Today, Now);

        var checks = AllianceEligibility.Evaluate(alliance, units);

        Assert.False(Find(checks, "art6_2.charter_innovation_goals").Passed);
        Assert.True(Find(checks, "art6_2.charter_task_division").Passed);
        var signed = Find(checks, "art6_2.charter_signed");
        Assert.False(signed.Passed);
        Assert.Contains("1 unit(s) have not signed", signed.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Art6_2_CharterSignedByEveryMember_Passes_WhileANewVersionIsUnderAdoption()
    {
        var (alliance, units) = EligibleAlliance();
        alliance.ProposeCharter(CompleteClauses, Now);

        var signed = Find(AllianceEligibility.Evaluate(alliance, units), "art6_2.charter_signed");

        Assert.True(signed.Passed);
        Assert.Contains("第1版", signed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Art6_3_WithoutCouncilExpertsOrSecretariatStaff_Fails()
    {
        MemberUnit[] units = [Unit(MemberUnitType.Enterprise)];
        var alliance = FoundedAlliance(units);
        alliance.SetSecretariat("哈尔滨市南岗区学府路1号", 0, 0m);

        var checks = AllianceEligibility.Evaluate(alliance, units);

        Assert.False(Find(checks, "art6_3.council").Passed);
        Assert.False(Find(checks, "art6_3.expert_committee").Passed);
        var secretariat = Find(checks, "art6_3.secretariat");
        Assert.False(secretariat.Passed);
        Assert.Equal("The secretariat has no staff yet.", secretariat.MessageEn);
    }

    [Fact]
    public void Art7_2_NameInAnotherForm_Fails()
    {
        var check = Find(AllianceEligibility.Evaluate(NewAlliance("寒地新材料联盟"), []), "art7_2.standard_name");

        Assert.False(check.Passed);
        Assert.Equal("Art 7-2", check.Article);
    }

    private static EligibilityCheck Find(IReadOnlyList<EligibilityCheck> checks, string code) => Assert.Single(checks, c => c.Code == code);

    private static CharterClauses WithoutClause(CharterClause clause) => clause switch
    {
        CharterClause.TaskDivision => CompleteClauses with { TaskDivision = null },
        CharterClause.InnovationGoals => CompleteClauses with { InnovationGoals = null },
        CharterClause.OrganisationForm => CompleteClauses with { OrganisationForm = null },
        CharterClause.AchievementSharing => CompleteClauses with { AchievementSharing = null },
        CharterClause.IntellectualProperty => CompleteClauses with { IntellectualProperty = null },
        CharterClause.BreachLiability => CompleteClauses with { BreachLiability = null },
        CharterClause.FundManagement => CompleteClauses with { FundManagement = null },
        _ => throw new ArgumentOutOfRangeException(nameof(clause)),
    };
}
