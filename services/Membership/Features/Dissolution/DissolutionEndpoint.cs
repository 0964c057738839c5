using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AlliancePlatform.Membership.Features.Dissolution;

public sealed record DissolutionRequest(DateOnly ResolvedOn, [Required, MaxLength(Alliance.DissolutionReasonMaxLength)] string Reason);

internal static class DissolutionEndpoint
{
    public static void MapDissolution(this RouteGroupBuilder alliances) =>
        alliances.MapPost("/{id:guid}/dissolution", HandleAsync)
            .WithName("RequestDissolution")
            .WithSummary("Ask for the alliance to be dissolved, on its decision body's resolution (Art 17-4); the province then revokes its filing")
            .AsAllianceChange("alliance.request_dissolution")
            .WithRequestExample(new DissolutionRequest(new DateOnly(2026, 11, 20), "联盟任务已完成，经理事会决议解散。"));

    private static Task<Results<Ok<AllianceDetailResponse>, NotFound>> HandleAsync(
        Guid id, DissolutionRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, alliance => alliance.RequestDissolution(request.ResolvedOn, request.Reason, clock.GetUtcNow()), cancellationToken);
}
