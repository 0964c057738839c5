using AlliancePlatform.Membership.Domain;

namespace AlliancePlatform.Membership.Features;

public sealed record AllianceResponse(Guid Id, string Name, string IndustryField, string IndustryFieldName, DateTimeOffset RegisteredAt)
{
    public static AllianceResponse From(Alliance alliance) => new(
        alliance.Id,
        alliance.Name,
        alliance.IndustryField,
        Domain.IndustryField.Find(alliance.IndustryField)?.Name ?? alliance.IndustryField,
        alliance.RegisteredAt);
}
