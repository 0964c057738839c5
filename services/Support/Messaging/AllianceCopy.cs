using AlliancePlatform.Support.Domain;

namespace AlliancePlatform.Support.Messaging;

/// <summary>
/// A filed alliance as Filing's and Membership's events describe it: whether a published grade may grant it anything
/// (filed, not revoked, Art 24) and which units hold its chair and secretary-general roles.
/// </summary>
public sealed class AllianceCopy
{
    public Guid AllianceId { get; init; }
    public string Name { get; set; } = "";
    public DateOnly? FiledOn { get; set; }
    public DateOnly? RevokedOn { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? ChairChangedAt { get; set; }
    public string? ChairUnitCode { get; set; }
    public DateTimeOffset? SecretaryGeneralChangedAt { get; set; }
    public string? SecretaryGeneralUnitCode { get; set; }

    public bool IsRevoked => RevokedOn is not null;

    public AllianceOfficers Officers() => new(ChairUnitCode, SecretaryGeneralUnitCode);
}

/// <summary>A unit's membership of an alliance; joins and departures may arrive out of order.</summary>
public sealed class MemberUnitCopy
{
    public const string FinancialInstitution = "financial_institution";
    public const string Enterprise = "enterprise";

    public Guid AllianceId { get; init; }
    public string CreditCode { get; init; } = "";
    public string Name { get; set; } = "";
    /// <summary>Membership's unit type: enterprise, university, research_institute, service_org, financial_institution or other.</summary>
    public string UnitType { get; set; } = "";
    public bool IsMember { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
