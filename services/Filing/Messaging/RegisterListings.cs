using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Messaging;

internal static class RegisterListings
{
    public static AllianceListing ToListing(this AllianceProjection alliance) =>
        new(alliance.Name, alliance.IndustryField, alliance.Region, alliance.ChairUnitName);

    /// <summary>Brings the alliance's register entries, revoked ones included, in line with its changed projection.</summary>
    public static async Task RelistAsync(this FilingDbContext db, AllianceProjection alliance, CancellationToken cancellationToken)
    {
        var listing = alliance.ToListing();
        foreach (var entry in await db.Register.Where(f => f.AllianceId == alliance.AllianceId).ToListAsync(cancellationToken))
        {
            entry.Relist(listing);
        }
    }
}
