using AlliancePlatform.Filing.Domain;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Persistence;

internal static class RegisterLocks
{
    /// <summary>
    /// The alliance's entry on the register, unless revoked, locked for the caller's transaction: yellow cards and
    /// revocation change one row from different places, and the last writer must see the others' change.
    /// </summary>
    public static async Task<FiledAlliance?> LockListedAsync(this FilingDbContext db, Guid allianceId, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM filed_alliances WHERE alliance_id = {allianceId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return await db.Register.SingleOrDefaultAsync(f => f.AllianceId == allianceId && f.Status != RegisterStatus.Revoked, cancellationToken);
    }
}
