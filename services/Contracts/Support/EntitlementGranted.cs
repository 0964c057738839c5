using MassTransit;

namespace AlliancePlatform.Contracts.Support;

/// <summary>
/// An alliance, or its chair or secretary-general unit, now holds a support entitlement (Art 24, 26): granted at once on a
/// published grade, or on the admin division's approval of a pending one (B's project-guide suggestion). It holds until
/// the alliance's next published grade, unless EntitlementWithdrawn says otherwise earlier.
/// </summary>
/// <param name="UnitCreditCode">The unit's unified social credit code; null for the alliance's own entitlement.</param>
/// <param name="Kind">
/// <c>award_nomination</c>, <c>project_guide_suggestion</c>, <c>project_application_recommendation</c>,
/// <c>project_approval_priority</c>, <c>innovation_platform_priority</c>, <c>chief_engineer_dispatch_priority</c> or
/// <c>technology_manager_training</c>.
/// </param>
/// <param name="Holder"><c>alliance</c>, <c>chair_unit</c> or <c>secretary_general_unit</c>.</param>
/// <param name="Grade">"A" or "B".</param>
/// <param name="Article">"Art 24" or "Art 26".</param>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record EntitlementGranted(
    Guid EntitlementId,
    Guid AllianceId,
    string? UnitCreditCode,
    string Kind,
    string Holder,
    string Grade,
    string Article,
    Guid CampaignId,
    int CampaignYear,
    DateTimeOffset ValidFrom,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.support.entitlement-granted.v1";
}
