using AlliancePlatform.Membership.Domain;

namespace AlliancePlatform.Membership.Features.Units;

public sealed record ContactResponse(string Person, string Phone, string? Email);

/// <summary>A member unit; <see cref="LegalRepresentative"/> and <see cref="Contact"/> only for those who may see them.</summary>
public sealed record UnitResponse(
    Guid Id, string Name, string CreditCode, MemberUnitType Type, string RegisteredRegion,
    string? LegalRepresentative, ContactResponse? Contact, DateTimeOffset RegisteredAt, DateTimeOffset UpdatedAt)
{
    public static UnitResponse From(MemberUnit unit, bool withDetails) => new(
        unit.Id, unit.Name, unit.CreditCode.Value, unit.Type, unit.RegisteredRegion.Value,
        withDetails ? unit.LegalRepresentative : null,
        withDetails ? new ContactResponse(unit.Contact.Person, unit.Contact.Phone, unit.Contact.Email) : null,
        unit.RegisteredAt, unit.UpdatedAt);
}
