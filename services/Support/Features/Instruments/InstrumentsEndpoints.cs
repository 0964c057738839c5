using System.ComponentModel;
using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Features.Entitlements;
using AlliancePlatform.Support.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AlliancePlatform.Support.Features.Instruments;

/// <summary>
/// Shared large instruments (Art 25): a member unit lists an instrument, fellow members of its alliances ask for slots,
/// the owner unit approves; two approved bookings of one instrument never overlap (the database's exclusion constraint
/// holds it across replicas and concurrent approvals).
/// </summary>
internal static class InstrumentsEndpoints
{
    public static IEndpointRouteBuilder MapInstrumentsApi(this IEndpointRouteBuilder app)
    {
        var instruments = app.MapGroup("/api/support/instruments").WithTags("Support shared instruments");
        instruments.MapPost("", ListInstrumentAsync)
            .WithName("ListSharedInstrument")
            .WithSummary("Open one of my unit's large instruments to the members of its alliances (Art 25)")
            .AsSupportChange("instrument.list", "instrument", PlatformRoles.Applicant);
        instruments.MapGet("", BrowseAsync)
            .WithName("BrowseSharedInstruments")
            .WithSummary("Open instruments of the member units of the alliances my unit belongs to (optionally one alliance)")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant));
        instruments.MapPost("/{instrumentId:guid}/bookings", RequestBookingAsync)
            .WithName("RequestInstrumentBooking")
            .WithSummary("My unit asks for a slot [startsAt, endsAt) of a fellow member's instrument")
            .AsSupportChange("instrument.book", "instrument_booking", PlatformRoles.Applicant);
        instruments.MapPost("/{instrumentId:guid}/bookings/{bookingId:guid}/approval", ApproveBookingAsync)
            .WithName("ApproveInstrumentBooking")
            .WithSummary("The owner unit approves a booking; a slot overlapping an approved one answers 409 support.slot_taken")
            .AsSupportChange("instrument.approve_booking", "instrument_booking", PlatformRoles.Applicant);
        return app;
    }

    private static async Task<Created<InstrumentResponse>> ListInstrumentAsync(
        InstrumentRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var instrument = SharedInstrument.List(ActorOf(user), request.Name, request.Model, request.Location, request.BookingRules, clock.GetUtcNow());
        db.Instruments.Add(instrument);
        audit.Succeeded(instrument.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/support/instruments/{instrument.Id}", InstrumentResponse.For(instrument));
    }

    private static async Task<Ok<List<InstrumentResponse>>> BrowseAsync(
        [Description("Only instruments of this alliance's member units")] Guid? allianceId,
        SupportDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var unit = user.Organization() ?? "";
        var mine = db.MemberUnits.Where(m => m.CreditCode == unit && m.IsMember).Select(m => m.AllianceId);
        if (allianceId is { } only)
        {
            mine = mine.Where(a => a == only);
        }
        var fellows = db.MemberUnits.Where(m => m.IsMember && mine.Contains(m.AllianceId)).Select(m => m.CreditCode);
        var instruments = await db.Instruments.AsNoTracking()
            .Where(i => i.WithdrawnAt == null && (i.OwnerCreditCode == unit || fellows.Contains(i.OwnerCreditCode)))
            .OrderBy(i => i.Name).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(instruments.Select(InstrumentResponse.For).ToList());
    }

    private static async Task<Results<Created<BookingResponse>, NotFound>> RequestBookingAsync(
        Guid instrumentId, BookingRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var instrument = await db.Instruments.SingleOrDefaultAsync(i => i.Id == instrumentId, cancellationToken);
        if (instrument is null)
        {
            return TypedResults.NotFound();
        }
        var actor = ActorOf(user);
        var requesterAlliances = await AlliancesOf(db, actor.Organization ?? "", cancellationToken);
        var ownerAlliances = await AlliancesOf(db, instrument.OwnerCreditCode, cancellationToken);
        var approved = await ApprovedBookings(db, instrumentId, cancellationToken);
        var booking = InstrumentBooking.Request(
            instrument, actor, new TimeSlot(request.StartsAt, request.EndsAt), request.Purpose, requesterAlliances, ownerAlliances, approved,
            clock.GetUtcNow());
        db.InstrumentBookings.Add(booking);
        audit.Succeeded(booking.Id);
        await SaveAsync(db, cancellationToken);
        return TypedResults.Created($"/api/support/instruments/{instrumentId}/bookings/{booking.Id}", BookingResponse.For(booking));
    }

    private static async Task<Results<Ok<BookingResponse>, NotFound>> ApproveBookingAsync(
        Guid instrumentId, Guid bookingId, BookingDecisionRequest? request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var booking = await db.InstrumentBookings.SingleOrDefaultAsync(b => b.Id == bookingId && b.InstrumentId == instrumentId, cancellationToken);
        if (booking is null)
        {
            return TypedResults.NotFound();
        }
        var approved = await ApprovedBookings(db, instrumentId, cancellationToken);
        booking.Approve(ActorOf(user), approved, request?.Note, clock.GetUtcNow());
        audit.Succeeded(booking.Id);
        await SaveAsync(db, cancellationToken);
        return TypedResults.Ok(BookingResponse.For(booking));
    }

    private static Task<List<Guid>> AlliancesOf(SupportDbContext db, string creditCode, CancellationToken cancellationToken) =>
        db.MemberUnits.AsNoTracking().Where(m => m.CreditCode == creditCode && m.IsMember).Select(m => m.AllianceId).ToListAsync(cancellationToken);

    private static Task<List<InstrumentBooking>> ApprovedBookings(SupportDbContext db, Guid instrumentId, CancellationToken cancellationToken) =>
        db.InstrumentBookings.AsNoTracking().Where(b => b.InstrumentId == instrumentId && b.Status == BookingStatus.Approved).ToListAsync(cancellationToken);

    /// <summary>A concurrent approval of an overlapping slot loses on the exclusion constraint: the rule's 409, not a 500.</summary>
    private static async Task SaveAsync(SupportDbContext db, CancellationToken cancellationToken)
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

    private static Actor ActorOf(ClaimsPrincipal user) => SupportActors.ActorOf(user);
}

internal sealed record InstrumentRequest(string? Name, string? Model, string? Location, string? BookingRules);

internal sealed record BookingRequest(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Purpose);

internal sealed record BookingDecisionRequest(string? Note);

internal sealed record InstrumentResponse(
    Guid Id, string OwnerCreditCode, string Name, string? Model, string Location, string BookingRules, DateTimeOffset ListedAt)
{
    public static InstrumentResponse For(SharedInstrument i) => new(i.Id, i.OwnerCreditCode, i.Name, i.Model, i.Location, i.BookingRules, i.ListedAt);
}

internal sealed record BookingResponse(
    Guid Id, Guid InstrumentId, string OwnerCreditCode, string RequesterCreditCode, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Purpose, string Status, DateTimeOffset RequestedAt, string? AnsweredBy, DateTimeOffset? AnsweredAt)
{
    public static BookingResponse For(InstrumentBooking b) => new(
        b.Id, b.InstrumentId, b.OwnerCreditCode, b.RequesterCreditCode, b.Slot.Start, b.Slot.End, b.Purpose, b.Status.ToString(), b.RequestedAt,
        b.Answer?.By, b.Answer?.At);
}
