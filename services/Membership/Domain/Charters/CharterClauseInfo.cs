namespace AlliancePlatform.Membership.Domain;

/// <summary>Each required charter clause with its stable code, its article and its Chinese and English names.</summary>
public sealed record CharterClauseInfo(CharterClause Clause, string Code, string Article, string Name, string NameEn)
{
    public static IReadOnlyList<CharterClauseInfo> All { get; } =
    [
        new(CharterClause.TaskDivision, "task_division", "Art 6-2", "理事长单位和各成员单位的任务分工",
            "division of tasks between the chair unit and the members"),
        new(CharterClause.InnovationGoals, "innovation_goals", "Art 6-2", "技术创新目标", "technology innovation goals"),
        new(CharterClause.OrganisationForm, "organisation_form", "Art 6-2", "技术创新的组织形式", "organisation of the innovation work"),
        new(CharterClause.AchievementSharing, "achievement_sharing", "Art 6-2", "技术成果共享与收益分配机制",
            "sharing of results and distribution of benefits"),
        new(CharterClause.IntellectualProperty, "intellectual_property", "Art 6-5", "知识产权的权利归属、许可使用和转化收益分配",
            "ownership, licensing and revenue distribution of intellectual property"),
        new(CharterClause.BreachLiability, "breach_liability", "Art 6-5", "违约责任追究", "liability for breach"),
        new(CharterClause.FundManagement, "fund_management", "Art 6-4", "经费管理制度和内部监督机制",
            "fund management and internal supervision"),
    ];

    public static CharterClauseInfo Of(CharterClause clause) => All.First(c => c.Clause == clause);
}
