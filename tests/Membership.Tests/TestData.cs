using AlliancePlatform.Membership.Domain;

namespace AlliancePlatform.Membership.Tests;

/// <summary>Units, alliances and charters to build tests from; every credit code carries a correct check character.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 4, 7, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 4, 7);
    public const string LegalRepresentative = "王建国";
    public const string StandardName = "黑龙江省新材料产业技术创新联盟";
    /// <summary>The unit of the applicant who registers member units in these tests.</summary>
    public const string Registrant = "91230100MA1B2C3D49";

    private static int _nextOrganisation;

    public static CharterClauses CompleteClauses { get; } = new()
    {
        TaskDivision = "理事长单位负责统筹协调，各成员单位按专题分工承担研发任务。",
        InnovationGoals = "三年内突破高性能复合材料的三项关键共性技术。",
        OrganisationForm = "以联合攻关项目组的形式组织研发。",
        AchievementSharing = "成果由参与单位共享，收益按投入比例分配。",
        IntellectualProperty = "知识产权归属、许可使用和转化收益分配按项目协议事先约定。",
        BreachLiability = "违约方承担相应违约责任并赔偿损失。",
        FundManagement = "经费由秘书处依托单位管理，理事会监督使用。",
    };

    /// <summary>A valid credit code for a unit registered in the division given, unique per call.</summary>
    public static string CreditCode(string division = "230100", string authorityAndType = "91")
    {
        var organisation = Interlocked.Increment(ref _nextOrganisation);
        var first17 = $"{authorityAndType}{division}MA{organisation:D7}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    public static MemberUnitDetails Details(MemberUnitType type, string name = "哈尔滨新材料科技有限公司", string region = "230100") =>
        new(name, type, region, LegalRepresentative, "李秘书", "0451-86412345", "contact@example.cn");

    public static MemberUnit Unit(MemberUnitType type, string division = "230100") =>
        MemberUnit.Register(CreditCode(division), Details(type, $"{MemberUnitTypeInfo.Of(type).Name}{_nextOrganisation}", division), TestData.Registrant, Now);

    public static Alliance NewAlliance(string name = StandardName) =>
        Alliance.Register(name, "new_materials", CreditCode(), Now);

    /// <summary>An alliance whose units have all joined and signed version 1 of a complete charter.</summary>
    public static Alliance FoundedAlliance(params MemberUnit[] units)
    {
        var alliance = NewAlliance();
        foreach (var unit in units)
        {
            alliance.Join(unit, Today.AddDays(-30), "发起单位", Now);
        }

        alliance.ProposeCharter(CompleteClauses, Now);
        foreach (var unit in units)
        {
            alliance.SignCharter(1, unit, LegalRepresentative, Today.AddDays(-10), Now);
        }

        alliance.ClearDomainEvents();
        return alliance;
    }

    /// <summary>An alliance that meets every formation condition of Art 6 and the name rule of Art 7-2.</summary>
    public static (Alliance Alliance, MemberUnit[] Units) EligibleAlliance()
    {
        MemberUnit[] units =
        [
            Unit(MemberUnitType.Enterprise),
            Unit(MemberUnitType.University),
            Unit(MemberUnitType.ResearchInstitute, "230200"),
        ];
        var alliance = FoundedAlliance(units);
        alliance.SetChairUnit(units[0].Id, Today.AddDays(-9), "成立大会选举", Now);
        alliance.SetSecretaryGeneralUnit(units[1].Id, Today.AddDays(-9), "成立大会选举", Now);
        alliance.AddCouncilMember("赵理事长", units[0].Id, CouncilPosition.Chair, Now);
        alliance.AddExpert("钱教授", "哈尔滨工业大学", "教授", Now);
        alliance.SetSecretariat("哈尔滨市南岗区学府路1号", 3, 500_000m);
        alliance.ClearDomainEvents();
        return (alliance, units);
    }
}
