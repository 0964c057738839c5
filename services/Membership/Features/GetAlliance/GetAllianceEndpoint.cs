using System.Security.Claims;
using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Membership.Features.GetAlliance;

internal static class GetAllianceEndpoint
{
    public static void MapGetAlliance(this RouteGroupBuilder alliances) =>
        alliances.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetAlliance")
            .WithSummary("One registered alliance")
            .RequireAuthorization(policy => policy.RequireRole([PlatformRoles.Applicant, .. PlatformRoles.Reviewers]))
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<AllianceResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return alliance is not null && AllianceAccess.CanRead(user, alliance) ? TypedResults.Ok(AllianceResponse.From(alliance)) : TypedResults.NotFound();
    }
}
