namespace AlliancePlatform.Reporting.Messaging;

/// <summary>
/// Who acts for a filed alliance, kept from Filing's and Membership's events: the applicants of its chair and
/// secretary-general units write its reports (Art 13), as in Membership.
/// </summary>
public sealed class AllianceActors
{
    public Guid AllianceId { get; init; }
    public string Name { get; set; } = "";
    public string IndustryField { get; set; } = "";
    /// <summary>When <see cref="Name"/> and <see cref="IndustryField"/> were last set: an older message arriving later is ignored.</summary>
    public DateTimeOffset? ProfileChangedAt { get; set; }
    /// <summary>GB/T 2260 code of its region, from <c>AllianceFiled.Region</c>; "" when the event did not carry it.</summary>
    public string Region { get; set; } = "";
    public string[] ActingUnitCodes { get; set; } = [];
    public DateTimeOffset? ChairChangedAt { get; set; }
    public string? ChairUnitCode { get; set; }
    public DateTimeOffset? SecretaryGeneralChangedAt { get; set; }
    public string? SecretaryGeneralUnitCode { get; set; }

    /// <summary>Takes the name and field Membership or Filing reported at <paramref name="at"/>, unless a later report was applied.</summary>
    public void Describe(string name, string industryField, DateTimeOffset at)
    {
        if (ProfileChangedAt is { } applied && applied >= at)
        {
            return;
        }
        Name = name;
        IndustryField = industryField;
        ProfileChangedAt = at;
    }

    public void Recompute() =>
        ActingUnitCodes = [.. new[] { ChairUnitCode, SecretaryGeneralUnitCode }.OfType<string>().Distinct()];
}
