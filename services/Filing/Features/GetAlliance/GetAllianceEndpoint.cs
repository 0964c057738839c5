using System.Security.Claims;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Features.GetAlliance;

/// <param name="ChairUnitCreditCode">Null until Membership's ChairUnitChanged reached Filing; with the secretary-general unit it decides who acts for the alliance.</param>
public sealed record FilingAllianceResponse(
    Guid Id, string Name, string IndustryField, DateTimeOffset? RegisteredAt, DateTimeOffset ProjectedAt, string? ChairUnitCreditCode,
    string? SecretaryGeneralUnitCreditCode);

internal static class GetAllianceEndpoint
{
    public static void MapGetAlliance(this RouteGroupBuilder alliances) =>
        alliances.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetKnownAlliance")
            .WithSummary("An alliance as the filing service knows it from Membership's events")
            .RequireAuthorization(policy => policy.RequireRole([PlatformRoles.Applicant, .. PlatformRoles.Reviewers]))
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<FilingAllianceResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, FilingDbContext db, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.AllianceId == id, cancellationToken);
        return alliance is null || !FilingAccess.CanRead(user, alliance)
            ? TypedResults.NotFound()
            : TypedResults.Ok(new FilingAllianceResponse(
                alliance.AllianceId, alliance.Name, alliance.IndustryField, alliance.RegisteredAt, alliance.ProjectedAt, alliance.ChairUnit?.CreditCode,
                alliance.SecretaryGeneralUnit?.CreditCode));
    }
}
