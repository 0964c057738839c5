namespace AlliancePlatform.Filing.Messaging;

/// <summary>
/// Filing's copy of an alliance as Membership's events describe it: who acts for it, its chair unit (which gives
/// the register its chair and region), and its latest Art 6 assessment, which submission checks without calling back.
/// </summary>
public sealed class AllianceProjection
{
    public Guid AllianceId { get; init; }
    public string Name { get; set; } = "";
    public string IndustryField { get; set; } = "";
    public DateTimeOffset? RegisteredAt { get; set; }
    /// <summary>The unit whose applicant registered the alliance; empty for messages from before it was sent.</summary>
    public string RegisteredByOrganization { get; private set; } = "";

    public ProjectedUnit? ChairUnit { get; private set; }
    public DateTimeOffset? ChairUnitChangedAt { get; private set; }
    public ProjectedUnit? SecretaryGeneralUnit { get; private set; }
    public DateTimeOffset? SecretaryGeneralUnitChangedAt { get; private set; }

    /// <summary>Null until Membership has assessed the alliance.</summary>
    public bool? Eligible { get; set; }
    public List<ProjectedEligibilityCheck> EligibilityChecks { get; set; } = [];
    public DateTimeOffset? EligibilityAssessedAt { get; set; }

    /// <summary>When this service applied the registration; with <see cref="RegisteredAt"/> it measures event latency.</summary>
    public DateTimeOffset ProjectedAt { get; set; }

    /// <summary>
    /// The units whose applicants act for the alliance: the chair and secretary-general units once elected (Art 7-3,
    /// 7-5), before that the unit that registered it — the same rule Membership applies.
    /// </summary>
    public IReadOnlyList<string> ActingOrganizations =>
        ActingUnitCodes.Length > 0 ? ActingUnitCodes
        : RegisteredByOrganization.Length > 0 ? [RegisteredByOrganization] : [];

    /// <summary>Credit codes of the chair and secretary-general units, kept as a column so lists can filter by it.</summary>
    public string[] ActingUnitCodes { get; private set; } = [];

    public void ElectChairUnit(ProjectedUnit unit, DateTimeOffset at)
    {
        ChairUnit = unit;
        ChairUnitName = unit.Name;
        Region = unit.Region;
        ChairUnitChangedAt = at;
        ActingUnitCodes = [.. new[] { ChairUnit?.CreditCode, SecretaryGeneralUnit?.CreditCode }.OfType<string>().Distinct()];
    }

    public void ElectSecretaryGeneralUnit(ProjectedUnit unit, DateTimeOffset at)
    {
        SecretaryGeneralUnit = unit;
        SecretaryGeneralUnitChangedAt = at;
        ActingUnitCodes = [.. new[] { ChairUnit?.CreditCode, SecretaryGeneralUnit?.CreditCode }.OfType<string>().Distinct()];
    }

    /// <summary>The region an application is routed by and the register shows: the chair unit's, else the registering unit's (from its credit code).</summary>
    public string Region { get; private set; } = "";

    /// <summary>The chair unit's name, kept as a column for the register and notices.</summary>
    public string? ChairUnitName { get; private set; }

    public void RegisteredBy(string organization)
    {
        RegisteredByOrganization = organization;
        if (ChairUnit is null)
        {
            Region = organization.Length == 18 ? organization.Substring(2, 6) : "";
        }
    }
}

public sealed record ProjectedUnit(Guid MemberUnitId, string Name, string CreditCode, string UnitType, string Region);

public sealed record ProjectedEligibilityCheck(string Code, string Article, bool Passed, string Message, string MessageEn);
