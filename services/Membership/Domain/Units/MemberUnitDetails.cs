namespace AlliancePlatform.Membership.Domain;

/// <summary>What a member unit's registration or update says about it, before it is checked.</summary>
public sealed record MemberUnitDetails(
    string? Name,
    MemberUnitType Type,
    string? RegisteredRegion,
    string? LegalRepresentative,
    string? ContactPerson,
    string? ContactPhone,
    string? ContactEmail);
