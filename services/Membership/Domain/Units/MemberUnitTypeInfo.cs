namespace AlliancePlatform.Membership.Domain;

/// <summary>The stable code and the Chinese and English names of each member unit type.</summary>
public sealed record MemberUnitTypeInfo(MemberUnitType Type, string Code, string Name, string NameEn)
{
    public static IReadOnlyList<MemberUnitTypeInfo> All { get; } =
    [
        new(MemberUnitType.Enterprise, "enterprise", "企业", "enterprise"),
        new(MemberUnitType.University, "university", "高校", "university"),
        new(MemberUnitType.ResearchInstitute, "research_institute", "科研机构", "research institute"),
        new(MemberUnitType.ServiceOrg, "service_org", "科技服务机构", "S&T service organisation"),
        new(MemberUnitType.FinancialInstitution, "financial_institution", "金融机构", "financial institution"),
        new(MemberUnitType.Other, "other", "其他组织机构", "other organisation"),
    ];

    public static MemberUnitTypeInfo Of(MemberUnitType type) => All.First(t => t.Type == type);

    public static MemberUnitTypeInfo? Find(string? code) =>
        All.FirstOrDefault(t => string.Equals(t.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
