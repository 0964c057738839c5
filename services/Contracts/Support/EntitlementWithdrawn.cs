using MassTransit;

namespace AlliancePlatform.Contracts.Support;

/// <summary>
/// A support entitlement ended before it would otherwise have lapsed, or was replaced (Art 24): withdrawn at once on the
/// alliance's revocation, the unit leaving or losing its role, or superseded by the alliance's next published grade.
/// </summary>
/// <param name="UnitCreditCode">The unit's unified social credit code; null for the alliance's own entitlement.</param>
/// <param name="Kind">As in EntitlementGranted (snake_case).</param>
/// <param name="Status"><c>withdrawn</c> or <c>superseded</c>.</param>
/// <param name="Reason"><c>revoked</c>, <c>unit_left</c>, <c>role_changed</c>, or null when superseded.</param>
/// <param name="EndedAt">From when it no longer holds.</param>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record EntitlementWithdrawn(
    Guid EntitlementId,
    Guid AllianceId,
    string? UnitCreditCode,
    string Kind,
    string Grade,
    Guid CampaignId,
    int CampaignYear,
    string Status,
    string? Reason,
    DateTimeOffset EndedAt,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.support.entitlement-withdrawn.v1";
}
