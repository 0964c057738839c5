using AlliancePlatform.Evaluation.Domain;

namespace AlliancePlatform.Evaluation.Messaging;

/// <summary>
/// A filed alliance as Filing's and Membership's events describe it: the candidates a new campaign takes into scope
/// (Art 19: the alliances filed when it starts, not revoked), and the units acting for it (chair and secretary-general
/// units), whose applicants self-assess (Art 21).
/// </summary>
public sealed class FiledAllianceCopy
{
    public Guid AllianceId { get; init; }
    public string Name { get; set; } = "";
    public string IndustryField { get; set; } = "";
    /// <summary>GB/T 2260 code of its region: from <c>AllianceFiled.Region</c>, else the region part of the chair unit's credit code.</summary>
    public string Region { get; set; } = "";
    public DateOnly? FiledOn { get; set; }
    public DateOnly? RevokedOn { get; set; }
    public string[] ActingUnitCodes { get; set; } = [];
    public DateTimeOffset? ChairChangedAt { get; set; }
    public string? ChairUnitCode { get; set; }
    public DateTimeOffset? SecretaryGeneralChangedAt { get; set; }
    public string? SecretaryGeneralUnitCode { get; set; }

    public AllianceInScope InScope() => new(AllianceId, Name, IndustryField, Region);

    public void Recompute()
    {
        ActingUnitCodes = [.. new[] { ChairUnitCode, SecretaryGeneralUnitCode }.OfType<string>().Distinct()];
        if (Region.Length != 6 && ChairUnitCode is { Length: 18 } code)
        {
            Region = code.Substring(2, 6);
        }
    }
}

/// <summary>A unit's membership of an alliance, for the conflict-of-interest check of expert assignments (Art 22).</summary>
public sealed class MemberUnitCopy
{
    public Guid AllianceId { get; init; }
    public string CreditCode { get; init; } = "";
    public bool IsMember { get; set; }
    /// <summary>When the event last applied happened: joins and departures may arrive out of order.</summary>
    public DateTimeOffset ChangedAt { get; set; }
}
