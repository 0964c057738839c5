using AlliancePlatform.Membership.Domain;

namespace AlliancePlatform.Membership.Features.Eligibility;

/// <summary>
/// The policy defaults of the formation check (configuration section <c>Membership:Eligibility</c>), which the
/// regulation leaves to the administration: e.g. <c>Membership__Eligibility__MinimumMembers=5</c>.
/// </summary>
public sealed class EligibilitySettings
{
    public const string Section = "Membership:Eligibility";

    public int MinimumMembers { get; set; } = EligibilityPolicy.Default.MinimumMembers;

    /// <summary>Unit types the members must include; empty means the defaults (an enterprise; a university or research institute).</summary>
    public List<RequirementSetting> UnitTypeRequirements { get; set; } = [];

    public EligibilityPolicy ToPolicy() => new(
        MinimumMembers,
        UnitTypeRequirements.Count == 0
            ? EligibilityPolicy.Default.UnitTypeRequirements
            : [.. UnitTypeRequirements.Select(r => new UnitTypeRequirement(r.Code, r.AnyOf, r.Minimum))]);

    public sealed class RequirementSetting
    {
        public string Code { get; set; } = "";
        public List<MemberUnitType> AnyOf { get; set; } = [];
        public int Minimum { get; set; } = 1;
    }
}
