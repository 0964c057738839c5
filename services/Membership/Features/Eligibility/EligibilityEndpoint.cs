using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Membership.Features.Eligibility;

/// <summary>Every formation condition of Art 6 and the name rule of Art 7-2, each passed or failed.</summary>
public sealed record EligibilityResponse(Guid AllianceId, bool Eligible, IReadOnlyList<EligibilityCheck> Checks);

internal static class EligibilityEndpoint
{
    public static void MapEligibility(this RouteGroupBuilder alliances) =>
        alliances.MapGet("/{id:guid}/eligibility", HandleAsync)
            .WithName("CheckEligibility")
            .WithSummary("Check every Art 6 condition and the Art 7-2 name rule; each is reported with its code, article and message")
            .ForAllianceReaders()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<EligibilityResponse>, NotFound>> HandleAsync(
        Guid id, MembershipDbContext db, AllianceAccess access, IOptionsSnapshot<EligibilitySettings> settings, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alliance is null || !await access.CanReadAsync(alliance, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var unitIds = alliance.Members.Select(m => m.MemberUnitId).Distinct().ToList();
        var units = await db.MemberUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToListAsync(cancellationToken);
        var checks = AllianceEligibility.Evaluate(alliance, units, settings.Value.ToPolicy());
        return TypedResults.Ok(new EligibilityResponse(alliance.Id, checks.All(c => c.Passed), checks));
    }
}
