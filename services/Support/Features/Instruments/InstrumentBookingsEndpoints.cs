using System.ComponentModel;
using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Features.Entitlements;
using AlliancePlatform.Support.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Features.Instruments;

/// <summary>
/// Bookings of shared instruments (Art 25): fellow members ask for slots, the owner unit approves or declines, the asking
/// unit cancels. Two approved bookings of one instrument never overlap (the database's exclusion constraint holds it
/// across replicas and concurrent approvals).
/// </summary>
internal static class InstrumentBookingsEndpoints
{
    public static IEndpointRouteBuilder MapInstrumentBookingsApi(this IEndpointRouteBuilder app)
    {
        var instruments = app.MapGroup("/api/support/instruments").WithTags("Support shared instruments");
        instruments.MapGet("/bookings", MineAsync)
            .WithName("ListMyInstrumentBookings")
            .WithSummary("My unit's bookings: those it asked for (side=sent, default) or those asked of its instruments (side=received), soonest first")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant))
            .ProducesProblem(StatusCodes.Status400BadRequest);
        instruments.MapPost("/{instrumentId:guid}/bookings", RequestAsync)
            .WithName("RequestInstrumentBooking")
            .WithSummary("My unit asks for a slot [startsAt, endsAt) of a fellow member's instrument")
            .AsSupportChange("instrument.book", "instrument_booking", PlatformRoles.Applicant)
            .WithRequestExample(new BookingRequest(new DateTimeOffset(2026, 12, 14, 9, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 12, 14, 11, 0, 0, TimeSpan.FromHours(8)), "样品形貌表征"));
        instruments.MapGet("/{instrumentId:guid}/bookings", ListAsync)
            .WithName("ListInstrumentBookings")
            .WithSummary("An instrument's bookings from a time on (default now): the owner sees all; a fellow member its own and which slots are taken")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant))
            .ProducesProblem(StatusCodes.Status404NotFound);
        instruments.MapPost("/{instrumentId:guid}/bookings/{bookingId:guid}/approval", ApproveAsync)
            .WithName("ApproveInstrumentBooking")
            .WithSummary("The owner unit approves a booking; a slot overlapping an approved one answers 409 support.slot_taken")
            .AsSupportChange("instrument.approve_booking", "instrument_booking", PlatformRoles.Applicant)
            .WithRequestExample(new BookingDecisionRequest("同意，请提前 15 分钟到场。"));
        instruments.MapPost("/{instrumentId:guid}/bookings/{bookingId:guid}/decline", DeclineAsync)
            .WithName("DeclineInstrumentBooking")
            .WithSummary("The owner unit declines a booking still waiting, saying why")
            .AsSupportChange("instrument.decline_booking", "instrument_booking", PlatformRoles.Applicant)
            .WithRequestExample(new BookingDeclineRequest("该时段设备检修。"));
        instruments.MapPost("/{instrumentId:guid}/bookings/{bookingId:guid}/cancellation", CancelAsync)
            .WithName("CancelInstrumentBooking")
            .WithSummary("The asking unit cancels its booking, waiting or approved; an approved slot becomes free")
            .AsSupportChange("instrument.cancel_booking", "instrument_booking", PlatformRoles.Applicant);
        return app;
    }

    private static async Task<Results<Created<BookingResponse>, NotFound>> RequestAsync(
        Guid instrumentId, BookingRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var actor = user.AsActor();
        var instrument = await db.VisibleInstrumentAsync(instrumentId, actor.Organization ?? "", cancellationToken);
        if (instrument is null)
        {
            return TypedResults.NotFound();
        }
        var requesterAlliances = await db.AlliancesOfAsync(actor.Organization ?? "", cancellationToken);
        var ownerAlliances = await db.AlliancesOfAsync(instrument.OwnerCreditCode, cancellationToken);
        var approved = await db.ApprovedBookingsAsync(instrumentId, cancellationToken);
        var booking = InstrumentBooking.Request(
            instrument, actor, new TimeSlot(request.StartsAt, request.EndsAt), request.Purpose, requesterAlliances, ownerAlliances, approved,
            clock.GetUtcNow());
        db.InstrumentBookings.Add(booking);
        audit.Succeeded(booking.Id);
        await db.SaveBookingsAsync(cancellationToken);
        return TypedResults.Created($"/api/support/instruments/{instrumentId}/bookings/{booking.Id}", BookingResponse.For(booking));
    }

    private static async Task<Results<Ok<Page<BookingResponse>>, NotFound>> ListAsync(
        Guid instrumentId,
        [Description("Bookings ending after this instant (default now)")] DateTimeOffset? from,
        [AsParameters] PageRequest page,
        SupportDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var unit = user.Organization() ?? "";
        var instrument = await db.VisibleInstrumentAsync(instrumentId, unit, cancellationToken);
        if (instrument is null)
        {
            return TypedResults.NotFound();
        }
        var since = (from ?? clock.GetUtcNow()).ToUniversalTime();
        var owner = instrument.OwnerCreditCode == unit;
        var bookings = db.InstrumentBookings.AsNoTracking()
            .Where(b => b.InstrumentId == instrumentId && b.Slot.End > since)
            .Where(b => owner || b.RequesterCreditCode == unit || b.Status == BookingStatus.Approved)
            .OrderBy(b => b.Slot.Start).ThenBy(b => b.Id);
        return TypedResults.Ok(await page.ReadAsync(
            bookings, b => owner || b.RequesterCreditCode == unit ? BookingResponse.For(b) : BookingResponse.Taken(b), cancellationToken));
    }

    private static async Task<Ok<Page<BookingResponse>>> MineAsync(
        [Description("sent (default): bookings my unit asked for; received: bookings asked of my unit's instruments")] string? side,
        [Description("requested, approved, declined or cancelled")] string? status,
        [AsParameters] PageRequest page,
        SupportDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var unit = user.Organization() ?? "";
        var received = (QueryEnum.Parse<ListSide>(side, "side") ?? ListSide.Sent) == ListSide.Received;
        var inStatus = QueryEnum.Parse<BookingStatus>(status, "status");
        var bookings = db.InstrumentBookings.AsNoTracking()
            .Where(b => received ? b.OwnerCreditCode == unit : b.RequesterCreditCode == unit);
        if (inStatus is { } s)
        {
            bookings = bookings.Where(b => b.Status == s);
        }
        var ordered = bookings.OrderBy(b => b.Slot.Start).ThenBy(b => b.Id);
        return TypedResults.Ok(await page.ReadAsync(ordered, BookingResponse.For, cancellationToken));
    }

    private static Task<Results<Ok<BookingResponse>, NotFound>> ApproveAsync(
        Guid instrumentId, Guid bookingId, BookingDecisionRequest? request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(instrumentId, bookingId, db, audit, user, cancellationToken, async (booking, actor) =>
        {
            var approved = await db.ApprovedBookingsAsync(instrumentId, cancellationToken);
            booking.Approve(actor, approved, request?.Note, clock.GetUtcNow());
        });

    private static Task<Results<Ok<BookingResponse>, NotFound>> DeclineAsync(
        Guid instrumentId, Guid bookingId, BookingDeclineRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(instrumentId, bookingId, db, audit, user, cancellationToken, (booking, actor) =>
        {
            booking.Decline(actor, request.Reason, clock.GetUtcNow());
            return Task.CompletedTask;
        });

    private static Task<Results<Ok<BookingResponse>, NotFound>> CancelAsync(
        Guid instrumentId, Guid bookingId, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellationToken) =>
        DecideAsync(instrumentId, bookingId, db, audit, user, cancellationToken, (booking, actor) =>
        {
            booking.Cancel(actor, clock.GetUtcNow());
            return Task.CompletedTask;
        });

    /// <summary>Only the owner and the asking unit know a booking exists; anyone else gets 404.</summary>
    private static async Task<Results<Ok<BookingResponse>, NotFound>> DecideAsync(
        Guid instrumentId, Guid bookingId, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, CancellationToken cancellationToken,
        Func<InstrumentBooking, Actor, Task> decide)
    {
        var unit = user.Organization() ?? "";
        var booking = await db.LockBookingAsync(instrumentId, bookingId, cancellationToken);
        if (booking is null || (booking.OwnerCreditCode != unit && booking.RequesterCreditCode != unit))
        {
            return TypedResults.NotFound();
        }
        await decide(booking, user.AsActor());
        audit.Succeeded(booking.Id);
        await db.SaveBookingsAsync(cancellationToken);
        return TypedResults.Ok(BookingResponse.For(booking));
    }
}
