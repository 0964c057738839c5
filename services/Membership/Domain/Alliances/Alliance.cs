using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Domain.RuleChecks;

namespace AlliancePlatform.Membership.Domain;

/// <summary>An industrial technology innovation alliance (联盟) as registered by its initiators.</summary>
public sealed partial class Alliance
{
    private readonly List<IAllianceEvent> _domainEvents = [];

    private Alliance()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private set; } = "";
    public string IndustryField { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private init; }
    /// <summary>The unit whose applicant registered the alliance; its people may act for the alliance.</summary>
    public string RegisteredByOrganization { get; private init; } = "";

    /// <summary>Events raised since the aggregate was created or loaded, for the service layer to publish with its save.</summary>
    public IReadOnlyList<IAllianceEvent> DomainEvents => _domainEvents;

    /// <summary>
    /// Who acts for the alliance: its chair and secretary-general units once elected (Art 7-3, 7-5); until then the
    /// unit that registered it. <paramref name="organizationUnitId"/> is the member unit registered under the
    /// caller's credit code, if there is one.
    /// </summary>
    public bool IsActingFor(string? organization, Guid? organizationUnitId = null)
    {
        if (string.IsNullOrEmpty(organization))
        {
            return false;
        }
        if (ChairUnitId is null && SecretaryGeneralUnitId is null)
        {
            return string.Equals(organization, RegisteredByOrganization, StringComparison.Ordinal);
        }
        return organizationUnitId is { } unit && (unit == ChairUnitId || unit == SecretaryGeneralUnitId);
    }

    /// <summary>Registers an alliance under any name: the standard form (Art 7-2) is reported by the eligibility check.</summary>
    public static Alliance Register(string? name, string? industryField, string? registeredByOrganization, DateTimeOffset now)
    {
        Require(!string.IsNullOrWhiteSpace(registeredByOrganization), AllianceRules.OrganizationRequired);
        var (validName, field) = ValidProfile(name, industryField);

        return new Alliance
        {
            Id = Guid.CreateVersion7(now),
            Name = validName,
            IndustryField = field.Code,
            RegisteredAt = now.ToStoredPrecision(),
            RegisteredByOrganization = registeredByOrganization!,
        };
    }

    /// <summary>Renames the alliance or moves it to another field; a new name must have the standard form (Art 7-2).</summary>
    public void ChangeProfile(string? name, string? industryField, DateTimeOffset now)
    {
        var (newName, field) = ValidProfile(name, industryField);
        var renamed = newName != Name;
        Require(!renamed || AllianceName.IsStandard(newName), AllianceRules.NameNotStandard);
        if (!renamed && field.Code == IndustryField)
        {
            return;
        }

        Raise(new AllianceProfileChanged(Id, newName, field.Code, Name, IndustryField, now.ToStoredPrecision()));
        Name = newName;
        IndustryField = field.Code;
    }

    public void ClearDomainEvents() => _domainEvents.Clear();

    private void Raise(IAllianceEvent domainEvent) => _domainEvents.Add(domainEvent);

    private static (string Name, IndustryField Field) ValidProfile(string? name, string? industryField)
    {
        var trimmedName = name?.Trim() ?? "";
        Require(trimmedName.Length > 0, AllianceRules.NameRequired);
        Require(trimmedName.Length <= AllianceRules.NameMaxLength, AllianceRules.NameTooLong);
        var field = Domain.IndustryField.Find(industryField);
        Require(field is not null, AllianceRules.UnknownIndustryField);
        return (trimmedName, field!);
    }
}
