namespace AlliancePlatform.Support.Domain;

/// <summary>What an entitlement gives (Art 24, 26).</summary>
public enum EntitlementKind
{
    /// <summary>省科学技术奖提名 (Art 24, A alliances).</summary>
    AwardNomination,
    /// <summary>科技项目指南建议 (Art 24, A alliances; B after an admin_division decision).</summary>
    ProjectGuideSuggestion,
    /// <summary>项目申报推荐 (Art 24, A alliances).</summary>
    ProjectApplicationRecommendation,
    /// <summary>科技项目立项优先 (Art 24, chair and secretary-general units).</summary>
    ProjectApprovalPriority,
    /// <summary>创新平台建设优先 (Art 24, chair and secretary-general units).</summary>
    InnovationPlatformPriority,
    /// <summary>科技总师选派优先 (Art 24, chair and secretary-general units).</summary>
    ChiefEngineerDispatchPriority,
    /// <summary>技术经理人培训等成果转化人才支持计划候选 (Art 26, secretary-general unit of an A alliance).</summary>
    TechnologyManagerTraining,
}

/// <summary>Who holds an entitlement: the alliance itself, or one of its two officer units.</summary>
public enum EntitlementHolder
{
    Alliance,
    /// <summary>理事长单位.</summary>
    ChairUnit,
    /// <summary>秘书长单位.</summary>
    SecretaryGeneralUnit,
}

public static class EntitlementKindNames
{
    public static IReadOnlyList<EntitlementKind> All { get; } = Enum.GetValues<EntitlementKind>();

    public static string NameZh(this EntitlementKind kind) => kind switch
    {
        EntitlementKind.AwardNomination => "省科学技术奖提名资格",
        EntitlementKind.ProjectGuideSuggestion => "科技项目指南建议资格",
        EntitlementKind.ProjectApplicationRecommendation => "项目申报推荐资格",
        EntitlementKind.ProjectApprovalPriority => "科技项目立项优先支持",
        EntitlementKind.InnovationPlatformPriority => "创新平台建设优先支持",
        EntitlementKind.ChiefEngineerDispatchPriority => "科技总师选派优先支持",
        EntitlementKind.TechnologyManagerTraining => "技术经理人培训等成果转化人才优先支持计划候选",
        _ => kind.ToString(),
    };

    public static string NameEn(this EntitlementKind kind) => kind switch
    {
        EntitlementKind.AwardNomination => "provincial science and technology award nomination",
        EntitlementKind.ProjectGuideSuggestion => "project-guide suggestion",
        EntitlementKind.ProjectApplicationRecommendation => "project-application recommendation",
        EntitlementKind.ProjectApprovalPriority => "priority for project approval",
        EntitlementKind.InnovationPlatformPriority => "priority for innovation platform construction",
        EntitlementKind.ChiefEngineerDispatchPriority => "priority for chief S&T engineer dispatch",
        EntitlementKind.TechnologyManagerTraining => "technology-manager training candidate",
        _ => kind.ToString(),
    };

    public static string Article(this EntitlementKind kind) => kind == EntitlementKind.TechnologyManagerTraining ? "Art 26" : "Art 24";

    /// <summary>Whether the kind goes to a unit (chair or secretary-general) rather than to the alliance.</summary>
    public static bool IsUnitKind(this EntitlementKind kind) => kind is
        EntitlementKind.ProjectApprovalPriority or EntitlementKind.InnovationPlatformPriority
        or EntitlementKind.ChiefEngineerDispatchPriority or EntitlementKind.TechnologyManagerTraining;

    public static string NameZh(this EntitlementHolder holder) => holder switch
    {
        EntitlementHolder.ChairUnit => "理事长单位",
        EntitlementHolder.SecretaryGeneralUnit => "秘书长单位",
        _ => "联盟",
    };

    public static string NameEn(this EntitlementHolder holder) => holder switch
    {
        EntitlementHolder.ChairUnit => "chair unit",
        EntitlementHolder.SecretaryGeneralUnit => "secretary-general unit",
        _ => "alliance",
    };
}
