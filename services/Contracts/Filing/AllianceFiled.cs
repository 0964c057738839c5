using MassTransit;

namespace AlliancePlatform.Contracts.Filing;

/// <summary>An alliance is filed: its notice closed with no upheld objection and it is published in the register (Art 11-8).</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AllianceFiled(
    Guid AllianceId,
    Guid ApplicationId,
    string AllianceName,
    string IndustryField,
    string FilingNumber,
    string DocumentNumber,
    DateOnly FiledOn,
    string? ChairUnitCreditCode,
    string? SecretaryGeneralUnitCreditCode,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.filing.alliance-filed.v1";

    /// <summary>GB/T 2260 code of the alliance's region as the register shows it (added in v1, absent in older messages).</summary>
    public string? Region { get; init; }
}
