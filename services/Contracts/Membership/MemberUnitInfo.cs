namespace AlliancePlatform.Contracts.Membership;

/// <summary>What subscribers need to know about a member unit without asking Membership.</summary>
/// <param name="CreditCode">Unified social credit code (GB 32100-2015).</param>
/// <param name="UnitType"><c>enterprise</c>, <c>university</c>, <c>research_institute</c>, <c>service_org</c>, <c>financial_institution</c> or <c>other</c>.</param>
/// <param name="RegisteredRegion">GB/T 2260 code of the administrative division it is registered in.</param>
public sealed record MemberUnitInfo(Guid MemberUnitId, string Name, string CreditCode, string UnitType, string RegisteredRegion);
