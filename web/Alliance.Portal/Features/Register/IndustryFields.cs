namespace AlliancePlatform.Portal.Features.Register;

/// <summary>The codes the register is searched by: industry fields of Art 5-2, statuses, grades (names are texts: <c>Field_{code}</c>).</summary>
public static class IndustryFields
{
    public static IReadOnlyList<string> Codes { get; } =
    [
        "digital_economy", "bio_economy", "ice_snow_economy", "creative_design", "aerospace", "electronic_information",
        "new_materials", "high_end_equipment", "agricultural_machinery", "future_manufacturing", "future_energy",
        "future_health", "traditional_advantage", "modern_services",
    ];

    public static IReadOnlyList<string> Statuses { get; } = ["active", "yellow_carded", "revoked"];

    public static IReadOnlyList<string> Grades { get; } = ["A", "B", "C", "D"];
}
