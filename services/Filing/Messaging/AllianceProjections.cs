using AlliancePlatform.Filing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Messaging;

internal static class AllianceProjections
{
    /// <summary>
    /// The alliance's projection, locked for the consumer's transaction: events about one alliance arrive on separate
    /// queues and may be applied at once (e.g. chair and secretary-general elected together), and each derives columns
    /// from the others. Created when an event overtakes the registration; two consumers creating it at once collide on
    /// the key, and the loser's retry finds it.
    /// </summary>
    public static async Task<AllianceProjection> GetOrAddAsync(this FilingDbContext db, Guid allianceId, string name, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<Guid>($"SELECT alliance_id AS \"Value\" FROM alliance_projections WHERE alliance_id = {allianceId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var alliance = await db.Alliances.SingleOrDefaultAsync(a => a.AllianceId == allianceId, cancellationToken);
        if (alliance is null)
        {
            alliance = new AllianceProjection { AllianceId = allianceId, Name = name, ProjectedAt = clock.GetUtcNow() };
            db.Alliances.Add(alliance);
        }
        return alliance;
    }
}
