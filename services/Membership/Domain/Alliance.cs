using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>An industrial technology innovation alliance (联盟) as registered by its initiators.</summary>
public sealed class Alliance
{
    private Alliance()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public string IndustryField { get; private init; } = "";
    public DateTimeOffset RegisteredAt { get; private init; }
    /// <summary>The unit whose applicant registered the alliance; its people may act for the alliance.</summary>
    public string RegisteredByOrganization { get; private init; } = "";

    public bool IsActingFor(string? organization) =>
        !string.IsNullOrEmpty(organization) && string.Equals(organization, RegisteredByOrganization, StringComparison.Ordinal);

    public static Alliance Register(string? name, string? industryField, string? registeredByOrganization, DateTimeOffset now)
    {
        Require(!string.IsNullOrWhiteSpace(registeredByOrganization), AllianceRules.OrganizationRequired);
        var trimmedName = name?.Trim() ?? "";
        Require(trimmedName.Length > 0, AllianceRules.NameRequired);
        Require(trimmedName.Length <= AllianceRules.NameMaxLength, AllianceRules.NameTooLong);
        var field = Domain.IndustryField.Find(industryField);
        Require(field is not null, AllianceRules.UnknownIndustryField);

        return new Alliance
        {
            Id = Guid.CreateVersion7(now),
            Name = trimmedName,
            IndustryField = field!.Code,
            RegisteredAt = now.ToStoredPrecision(),
            RegisteredByOrganization = registeredByOrganization!,
        };
    }

    private static void Require(bool condition, RuleViolation violation)
    {
        if (!condition)
        {
            throw new RuleViolationException(violation);
        }
    }
}
