using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AlliancePlatform.Support.Features.Instruments;

/// <summary>Who sees which instrument: its owner unit and the member units of the alliances the owner belongs to (Art 25).</summary>
internal static class InstrumentAccess
{
    public static Task<List<Guid>> AlliancesOfAsync(this SupportDbContext db, string creditCode, CancellationToken cancellationToken) =>
        db.MemberUnits.AsNoTracking().Where(m => m.CreditCode == creditCode && m.IsMember).Select(m => m.AllianceId).ToListAsync(cancellationToken);

    /// <summary>The units sharing an alliance with <paramref name="unit"/> (itself included), optionally within one alliance.</summary>
    public static IQueryable<string> FellowsOf(this SupportDbContext db, string unit, Guid? allianceId = null)
    {
        var mine = db.MemberUnits.Where(m => m.CreditCode == unit && m.IsMember).Select(m => m.AllianceId);
        if (allianceId is { } only)
        {
            mine = mine.Where(a => a == only);
        }
        return db.MemberUnits.Where(m => m.IsMember && mine.Contains(m.AllianceId)).Select(m => m.CreditCode);
    }

    /// <summary>The instrument, when the unit owns it or shares an alliance with its owner; otherwise it does not exist for them.</summary>
    public static Task<SharedInstrument?> VisibleInstrumentAsync(this SupportDbContext db, Guid instrumentId, string unit, CancellationToken cancellationToken)
    {
        var fellows = db.FellowsOf(unit);
        return db.Instruments.SingleOrDefaultAsync(
            i => i.Id == instrumentId && (i.OwnerCreditCode == unit || fellows.Contains(i.OwnerCreditCode)), cancellationToken);
    }

    public static Task<List<InstrumentBooking>> ApprovedBookingsAsync(this SupportDbContext db, Guid instrumentId, CancellationToken cancellationToken) =>
        db.InstrumentBookings.AsNoTracking()
            .Where(b => b.InstrumentId == instrumentId && b.Status == BookingStatus.Approved)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The booking under its row lock (held until the idempotency filter's transaction commits), so an approval, a decline
    /// and a cancellation of one booking are decided one after the other.
    /// </summary>
    public static async Task<InstrumentBooking?> LockBookingAsync(
        this SupportDbContext db, Guid instrumentId, Guid bookingId, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM instrument_bookings WHERE id = {bookingId} FOR UPDATE").ToListAsync(cancellationToken);
        return await db.InstrumentBookings.SingleOrDefaultAsync(b => b.Id == bookingId && b.InstrumentId == instrumentId, cancellationToken);
    }

    /// <summary>A concurrent approval of an overlapping slot loses on the exclusion constraint: the rule's 409, not a 500.</summary>
    public static async Task SaveBookingsAsync(this SupportDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            throw new RuleViolationException(InstrumentRules.SlotTaken);
        }
    }
}
