using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Features.Financing;

/// <summary>Who acts, and the alliances their unit belongs to as a given unit type (Membership's projection).</summary>
internal static class FinancingActors
{
    public static Actor Of(ClaimsPrincipal user) =>
        new(user.Caller() ?? "", PlatformRoles.People.FirstOrDefault(user.IsInRole) ?? "", user.Organization());

    public static Task<List<Guid>> AlliancesAsAsync(SupportDbContext db, string? creditCode, string unitType, CancellationToken cancellationToken) =>
        db.MemberUnits.AsNoTracking()
            .Where(m => m.CreditCode == (creditCode ?? "") && m.IsMember && m.UnitType == unitType)
            .Select(m => m.AllianceId)
            .ToListAsync(cancellationToken);
}
