using System.ComponentModel;
using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Messaging;
using AlliancePlatform.Support.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Features.Financing;

/// <summary>Offers: published by a financial-institution member to its alliances, seen by their members and the officials.</summary>
internal static class FinancingOffers
{
    public static async Task<Created<OfferResponse>> PublishAsync(
        OfferRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = user.AsActor();
        var alliances = await FinancingActors.AlliancesAsAsync(db, actor.Organization, MemberUnitCopy.FinancialInstitution, cancellationToken);
        var offer = FinancingOffer.Publish(
            actor, request.Product, new AmountRange(request.MinimumAmount, request.MaximumAmount), request.Terms, alliances, clock.GetUtcNow());
        db.FinancingOffers.Add(offer);
        audit.Succeeded(offer.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/support/financing/offers/{offer.Id}", OfferResponse.For(offer));
    }

    public static async Task<Ok<Page<OfferResponse>>> ListAsync(
        [Description("Only offers made to this alliance")] Guid? allianceId,
        [AsParameters] PageRequest page,
        SupportDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var query = Visible(db, user);
        if (allianceId is { } only)
        {
            query = query.Where(o => o.AllianceIds.Contains(only));
        }
        var ordered = query.OrderByDescending(o => o.PublishedAt).ThenBy(o => o.Id);
        return TypedResults.Ok(await page.ReadAsync(ordered, OfferResponse.For, cancellationToken));
    }

    public static async Task<Results<Ok<OfferResponse>, NotFound>> GetAsync(
        Guid offerId, SupportDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var offer = await Visible(db, user).SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        return offer is null ? TypedResults.NotFound() : TypedResults.Ok(OfferResponse.For(offer));
    }

    public static async Task<Results<Ok<OfferResponse>, NotFound>> CloseAsync(
        Guid offerId, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        // In the idempotency filter's transaction: a request sent meanwhile waits for the closure (it reads the offer FOR SHARE).
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM financing_offers WHERE id = {offerId} FOR UPDATE").ToListAsync(cancellationToken);
        var offer = await Visible(db, user).AsTracking().SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        if (offer is null)
        {
            return TypedResults.NotFound();
        }
        offer.Close(user.AsActor(), clock.GetUtcNow());
        audit.Succeeded(offer.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OfferResponse.For(offer));
    }

    /// <summary>
    /// Officials see every offer; an applicant sees the open offers made to an alliance its unit belongs to, and every
    /// offer of its own institution.
    /// </summary>
    public static IQueryable<FinancingOffer> Visible(SupportDbContext db, ClaimsPrincipal user)
    {
        var offers = db.FinancingOffers.AsNoTracking();
        if (FinancingEndpoints.Officials.Any(user.IsInRole))
        {
            return offers;
        }
        var unit = user.Organization() ?? "";
        return offers.Where(o => o.InstitutionCreditCode == unit
            || (o.ClosedAt == null && o.AllianceIds.Any(a => db.MemberUnits.Any(m => m.AllianceId == a && m.CreditCode == unit && m.IsMember))));
    }
}
