namespace AlliancePlatform.Membership.Domain;

/// <summary>
/// At least <paramref name="Minimum"/> current members of any of the types in <paramref name="AnyOf"/>,
/// reported under <paramref name="Code"/>.
/// </summary>
public sealed record UnitTypeRequirement(string Code, IReadOnlyList<MemberUnitType> AnyOf, int Minimum = 1);

/// <summary>The settings of the formation check that the regulation leaves open; an administrator may change them.</summary>
public sealed record EligibilityPolicy(int MinimumMembers, IReadOnlyList<UnitTypeRequirement> UnitTypeRequirements)
{
    /// <summary>At least 3 members, one enterprise and one university or research institute (产学研, Art 1, 6-1).</summary>
    public static EligibilityPolicy Default { get; } = new(
        3,
        [
            new UnitTypeRequirement("art6_1.enterprise_member", [MemberUnitType.Enterprise]),
            new UnitTypeRequirement("art6_1.academic_member", [MemberUnitType.University, MemberUnitType.ResearchInstitute]),
        ]);
}
