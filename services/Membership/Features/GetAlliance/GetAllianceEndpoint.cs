using AlliancePlatform.Membership.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Membership.Features.GetAlliance;

internal static class GetAllianceEndpoint
{
    public static void MapGetAlliance(this RouteGroupBuilder alliances) =>
        alliances.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetAlliance")
            .WithSummary("One alliance with its members, governing bodies, formation steps and charter versions")
            .ForAllianceReaders()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<AllianceDetailResponse>, NotFound>> HandleAsync(
        Guid id, MembershipDbContext db, AllianceAccess access, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return alliance is not null && await access.CanReadAsync(alliance, cancellationToken)
            ? TypedResults.Ok(await AllianceDetailResponse.ForAsync(alliance, db, cancellationToken))
            : TypedResults.NotFound();
    }
}
