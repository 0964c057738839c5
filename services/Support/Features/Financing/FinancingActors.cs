using AlliancePlatform.Support.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Features.Financing;

/// <summary>The alliances a unit belongs to as a given unit type (Membership's projection).</summary>
internal static class FinancingActors
{
    public static Task<List<Guid>> AlliancesAsAsync(SupportDbContext db, string? creditCode, string unitType, CancellationToken cancellationToken) =>
        db.MemberUnits.AsNoTracking()
            .Where(m => m.CreditCode == (creditCode ?? "") && m.IsMember && m.UnitType == unitType)
            .Select(m => m.AllianceId)
            .ToListAsync(cancellationToken);
}
