namespace AlliancePlatform.Membership.Domain;

/// <summary>The industry fields in which the province encourages alliances (Art 5-2).</summary>
public sealed record IndustryField(string Code, string Name, string NameEn)
{
    public static IReadOnlyList<IndustryField> All { get; } =
    [
        new("digital_economy", "数字经济", "Digital economy"),
        new("bio_economy", "生物经济", "Bio-economy"),
        new("ice_snow_economy", "冰雪经济", "Ice-and-snow economy"),
        new("creative_design", "创意设计", "Creative design"),
        new("aerospace", "航空航天", "Aerospace"),
        new("electronic_information", "电子信息", "Electronic information"),
        new("new_materials", "新材料", "New materials"),
        new("high_end_equipment", "高端装备", "High-end equipment"),
        new("agricultural_machinery", "农机装备", "Agricultural machinery"),
        new("future_manufacturing", "未来制造", "Future manufacturing"),
        new("future_energy", "未来能源", "Future energy"),
        new("future_health", "未来健康", "Future health"),
        new("traditional_advantage", "传统优势产业", "Traditional advantage industries"),
        new("modern_services", "现代服务业", "Modern services"),
    ];

    public static IndustryField? Find(string? code) =>
        All.FirstOrDefault(f => string.Equals(f.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
