using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Domain.RuleChecks;

namespace AlliancePlatform.Membership.Domain;

/// <summary>
/// A member unit (成员单位): an organisation identified by its unified social credit code. It stands on its own:
/// it may belong to several alliances, which refer to it by <see cref="Id"/>.
/// </summary>
public sealed class MemberUnit
{
    private MemberUnit()
    {
    }

    public Guid Id { get; private init; }
    public UnifiedSocialCreditCode CreditCode { get; private init; } = null!;
    public string Name { get; private set; } = "";
    public MemberUnitType Type { get; private set; }
    public RegionCode RegisteredRegion { get; private set; } = null!;
    /// <summary>The legal representative (法定代表人), who signs the charter for the unit (Art 6-2).</summary>
    public string LegalRepresentative { get; private set; } = "";
    public UnitContact Contact { get; private set; } = null!;
    public DateTimeOffset RegisteredAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>The unit (credit code) of the applicant who entered this unit on the platform.</summary>
    public string RegisteredByOrganization { get; private init; } = "";

    /// <summary>The unit's record is kept by the applicant's unit that entered it, and by the unit itself.</summary>
    public bool IsMaintainedBy(string? organization) =>
        !string.IsNullOrEmpty(organization)
        && (organization == RegisteredByOrganization || organization == CreditCode.Value);

    public static MemberUnit Register(string? creditCode, MemberUnitDetails details, string? registeredByOrganization, DateTimeOffset now)
    {
        Require(!string.IsNullOrWhiteSpace(registeredByOrganization), MemberUnitRules.OrganizationRequired);
        var code = UnifiedSocialCreditCode.Parse(creditCode);
        var unit = new MemberUnit
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = code,
            RegisteredAt = now.ToStoredPrecision(),
            RegisteredByOrganization = registeredByOrganization!,
        };
        unit.Update(details, now);
        return unit;
    }

    /// <summary>Replaces the unit's details; the credit code is its identity and never changes.</summary>
    public void Update(MemberUnitDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = details.Name?.Trim() ?? "";
        Require(name.Length > 0, MemberUnitRules.NameRequired);
        Require(name.Length <= MemberUnitRules.NameMaxLength, MemberUnitRules.NameTooLong);
        Require(Enum.IsDefined(details.Type), MemberUnitRules.UnknownType);
        var region = RegionCode.Parse(details.RegisteredRegion);
        var legalRepresentative = details.LegalRepresentative?.Trim() ?? "";
        Require(legalRepresentative.Length > 0, MemberUnitRules.LegalRepresentativeRequired);
        Require(legalRepresentative.Length <= MemberUnitRules.PersonNameMaxLength, MemberUnitRules.PersonNameTooLong);
        var contact = UnitContact.Create(details.ContactPerson, details.ContactPhone, details.ContactEmail);

        Name = name;
        Type = details.Type;
        RegisteredRegion = region;
        LegalRepresentative = legalRepresentative;
        Contact = contact;
        UpdatedAt = now.ToStoredPrecision();
    }
}
