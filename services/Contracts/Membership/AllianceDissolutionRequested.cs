using MassTransit;

namespace AlliancePlatform.Contracts.Membership;

/// <summary>An alliance asked to be dissolved, on a resolution of its decision body (Art 17-4); Filing opens a revocation case.</summary>
[EntityName(EventName)]
[MessageUrn(EventName)]
public sealed record AllianceDissolutionRequested(
    Guid AllianceId,
    string AllianceName,
    DateOnly ResolvedOn,
    string Reason,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "alliance.membership.alliance-dissolution-requested.v1";
}
