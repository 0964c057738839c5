using System.ComponentModel;
using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Features.Entitlements;
using AlliancePlatform.Support.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Features.Instruments;

/// <summary>
/// Shared large instruments (Art 25): a member unit lists, edits and withdraws its instruments; the member units of the
/// alliances it belongs to see them. Bookings: <see cref="InstrumentBookingsEndpoints"/>.
/// </summary>
internal static class InstrumentsEndpoints
{
    public static IEndpointRouteBuilder MapInstrumentsApi(this IEndpointRouteBuilder app)
    {
        var instruments = app.MapGroup("/api/support/instruments").WithTags("Support shared instruments");
        instruments.MapPost("", ListInstrumentAsync)
            .WithName("ListSharedInstrument")
            .WithSummary("Open one of my unit's large instruments to the members of its alliances (Art 25)")
            .AsSupportChange("instrument.list", "instrument", PlatformRoles.Applicant)
            .WithRequestExample(Example);
        instruments.MapGet("", BrowseAsync)
            .WithName("BrowseSharedInstruments")
            .WithSummary("Open instruments of the member units of the alliances my unit belongs to, and my unit's own (optionally one alliance)")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant));
        instruments.MapGet("/{instrumentId:guid}", GetAsync)
            .WithName("GetSharedInstrument")
            .WithSummary("One instrument my unit owns or may book")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant))
            .ProducesProblem(StatusCodes.Status404NotFound);
        instruments.MapPut("/{instrumentId:guid}", EditAsync)
            .WithName("EditSharedInstrument")
            .WithSummary("The owner unit changes the description or the booking rules; bookings keep their slots")
            .AsSupportChange("instrument.edit", "instrument", PlatformRoles.Applicant)
            .WithRequestExample(Example);
        instruments.MapPost("/{instrumentId:guid}/withdrawal", WithdrawAsync)
            .WithName("WithdrawSharedInstrument")
            .WithSummary("The owner unit stops opening the instrument, saying why; requests still waiting are declined with that reason")
            .AsSupportChange("instrument.withdraw", "instrument", PlatformRoles.Applicant)
            .WithRequestExample(new InstrumentWithdrawalRequest("设备已报废，停止对外开放。"));
        return app;
    }

    private static readonly InstrumentRequest Example =
        new("场发射扫描电子显微镜", "SU8010", "哈尔滨市南岗区检测中心二楼", "工作日 9:00-17:00 开放，按机时收费，需经操作培训。");

    private static async Task<Created<InstrumentResponse>> ListInstrumentAsync(
        InstrumentRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var instrument = SharedInstrument.List(user.AsActor(), request.Name, request.Model, request.Location, request.BookingRules, clock.GetUtcNow());
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
        var fellows = db.FellowsOf(unit, allianceId);
        var instruments = await db.Instruments.AsNoTracking()
            .Where(i => i.WithdrawnAt == null && ((allianceId == null && i.OwnerCreditCode == unit) || fellows.Contains(i.OwnerCreditCode)))
            .OrderBy(i => i.Name).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(instruments.Select(InstrumentResponse.For).ToList());
    }

    private static async Task<Results<Ok<InstrumentResponse>, NotFound>> GetAsync(
        Guid instrumentId, SupportDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var instrument = await db.VisibleInstrumentAsync(instrumentId, user.Organization() ?? "", cancellationToken);
        return instrument is null ? TypedResults.NotFound() : TypedResults.Ok(InstrumentResponse.For(instrument));
    }

    private static async Task<Results<Ok<InstrumentResponse>, NotFound>> EditAsync(
        Guid instrumentId, InstrumentRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var instrument = await db.VisibleInstrumentAsync(instrumentId, user.Organization() ?? "", cancellationToken);
        if (instrument is null)
        {
            return TypedResults.NotFound();
        }
        instrument.Update(user.AsActor(), request.Name, request.Model, request.Location, request.BookingRules);
        audit.Succeeded(instrument.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(InstrumentResponse.For(instrument));
    }

    private static async Task<Results<Ok<InstrumentResponse>, NotFound>> WithdrawAsync(
        Guid instrumentId, InstrumentWithdrawalRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var instrument = await db.VisibleInstrumentAsync(instrumentId, user.Organization() ?? "", cancellationToken);
        if (instrument is null)
        {
            return TypedResults.NotFound();
        }
        var waiting = await db.InstrumentBookings
            .Where(b => b.InstrumentId == instrumentId && b.Status == BookingStatus.Requested)
            .ToListAsync(cancellationToken);
        instrument.Withdraw(user.AsActor(), request.Reason, waiting, clock.GetUtcNow());
        audit.Succeeded(instrument.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(InstrumentResponse.For(instrument));
    }
}
