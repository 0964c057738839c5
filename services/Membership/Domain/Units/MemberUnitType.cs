namespace AlliancePlatform.Membership.Domain;

/// <summary>What kind of organisation a member unit is (Art 2, 6-1, 27).</summary>
public enum MemberUnitType
{
    Enterprise,
    University,
    ResearchInstitute,
    /// <summary>R&amp;D, technology transfer, testing, consulting or S&amp;T finance service bodies (Art 6-1).</summary>
    ServiceOrg,
    /// <summary>Bank, venture capital or guarantee company (Art 27).</summary>
    FinancialInstitution,
    Other,
}
