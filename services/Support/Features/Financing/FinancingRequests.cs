using System.ComponentModel;
using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Messaging;
using AlliancePlatform.Support.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Features.Financing;

/// <summary>Requests: sent by a member enterprise under an offer, answered by the institution; seen only by those two units.</summary>
internal static class FinancingRequests
{
    public static async Task<Results<Created<FinancingRequestResponse>, NotFound>> SendAsync(
        Guid offerId, FinancingRequestBody request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // In the idempotency filter's transaction: a closure of the offer waits until this request is in (or comes first).
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM financing_offers WHERE id = {offerId} FOR SHARE").ToListAsync(cancellationToken);
        // Any offer by id: a closed one or one made to other alliances answers the domain's 409, as an instrument does.
        var offer = await db.FinancingOffers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
        if (offer is null)
        {
            return TypedResults.NotFound();
        }
        var actor = user.AsActor();
        var alliances = await FinancingActors.AlliancesAsAsync(db, actor.Organization, MemberUnitCopy.Enterprise, cancellationToken);
        var sent = FinancingRequest.Send(offer, actor, request.Amount, request.Purpose, alliances, clock.GetUtcNow());
        db.FinancingRequests.Add(sent);
        audit.Succeeded(sent.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/support/financing/requests/{sent.Id}", FinancingRequestResponse.For(sent));
    }

    public static async Task<Ok<Page<FinancingRequestResponse>>> ListAsync(
        [Description("sent (default): the requests my unit sent; received: those made to my institution's offers")] string? role,
        [Description("sent, accepted, declined or withdrawn")] string? status,
        [AsParameters] PageRequest page,
        SupportDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var unit = user.Organization() ?? "";
        var query = db.FinancingRequests.AsNoTracking();
        query = (QueryEnum.Parse<ListSide>(role, "role") ?? ListSide.Sent) == ListSide.Received
            ? query.Where(r => r.InstitutionCreditCode == unit)
            : query.Where(r => r.EnterpriseCreditCode == unit);
        if (QueryEnum.Parse<FinancingRequestStatus>(status, "status") is { } s)
        {
            query = query.Where(r => r.Status == s);
        }
        var ordered = query.OrderByDescending(r => r.SentAt).ThenBy(r => r.Id);
        return TypedResults.Ok(await page.ReadAsync(ordered, FinancingRequestResponse.For, cancellationToken));
    }

    public static Task<Results<Ok<FinancingRequestResponse>, NotFound>> AcceptAsync(
        Guid requestId, AnswerRequest? request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellationToken) =>
        AnswerAsync(requestId, (r, actor, now) => r.Accept(actor, request?.Note, now), db, audit, user, clock, cancellationToken);

    public static Task<Results<Ok<FinancingRequestResponse>, NotFound>> DeclineAsync(
        Guid requestId, DeclineRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellationToken) =>
        AnswerAsync(requestId, (r, actor, now) => r.Decline(actor, request.Reason, now), db, audit, user, clock, cancellationToken);

    public static Task<Results<Ok<FinancingRequestResponse>, NotFound>> WithdrawAsync(
        Guid requestId, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken) =>
        AnswerAsync(requestId, (r, actor, now) => r.Withdraw(actor, now), db, audit, user, clock, cancellationToken);

    /// <summary>Only the enterprise and the institution see a request; the row stays locked until the answer commits.</summary>
    private static async Task<Results<Ok<FinancingRequestResponse>, NotFound>> AnswerAsync(
        Guid requestId, Action<FinancingRequest, Actor, DateTimeOffset> answer, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        // In the idempotency filter's transaction: two answers at once are taken one after the other.
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM financing_requests WHERE id = {requestId} FOR UPDATE").ToListAsync(cancellationToken);
        var unit = user.Organization() ?? "";
        var request = await db.FinancingRequests.SingleOrDefaultAsync(
            r => r.Id == requestId && (r.EnterpriseCreditCode == unit || r.InstitutionCreditCode == unit), cancellationToken);
        if (request is null)
        {
            return TypedResults.NotFound();
        }
        answer(request, user.AsActor(), clock.GetUtcNow());
        audit.Succeeded(request.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(FinancingRequestResponse.For(request));
    }
}
