using System.ComponentModel;
using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Features.Entitlements;

/// <summary>
/// Support entitlements (Art 24, 26): what a unit or an alliance holds at an instant, for other platforms (machine
/// clients with the subscriber role) and the provincial officials; the admin division decides the pending ones.
/// </summary>
internal static class EntitlementsEndpoints
{
    public static readonly string[] Readers =
        [PlatformRoles.Subscriber, PlatformRoles.AdminDivision, PlatformRoles.Secretariat, PlatformRoles.BusinessDivision];

    public static IEndpointRouteBuilder MapEntitlementsApi(this IEndpointRouteBuilder app)
    {
        var entitlements = app.MapGroup("/api/support/entitlements").WithTags("Support entitlements");
        entitlements.MapGet("", ListAsync)
            .WithName("ListEntitlements")
            .WithSummary("What a unit (by credit code) or an alliance holds at an instant (default now), or, with a status, every entitlement in it")
            .RequireAuthorization(policy => policy.RequireRole(Readers))
            .ProducesValidationProblem();
        entitlements.MapGet("/mine", MineAsync)
            .WithName("ListMyEntitlements")
            .WithSummary("What the caller's unit holds at an instant (default now): its own entitlements and those of the alliances it is a member of")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant));
        entitlements.MapPost("/{entitlementId:guid}/approval", ApproveAsync)
            .WithName("ApproveEntitlement")
            .WithSummary("Grant a pending entitlement (B's project-guide suggestion, \"视情况\", Art 24); it holds from now")
            .AsSupportChange("entitlement.approve", "entitlement", PlatformRoles.AdminDivision)
            .WithRequestExample(new EntitlementDecisionRequest("联盟年度项目指南建议质量较高，同意给予。"));
        entitlements.MapPost("/{entitlementId:guid}/decline", DeclineAsync)
            .WithName("DeclineEntitlement")
            .WithSummary("Decline a pending entitlement, with the reason; it never held")
            .AsSupportChange("entitlement.decline", "entitlement", PlatformRoles.AdminDivision)
            .WithRequestExample(new EntitlementDecisionRequest("本年度指南建议名额已满。"));
        return app;
    }

    public static RouteHandlerBuilder AsSupportChange(this RouteHandlerBuilder endpoint, string action, string objectType, string role) =>
        endpoint
            .RequireAuthorization(policy => policy.RequireRole(role))
            .WithIdempotency<SupportDbContext, RouteHandlerBuilder>()
            .Audited(action, objectType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Ok<Page<EntitlementResponse>>, ValidationProblem>> ListAsync(
        [Description("The unit's unified social credit code")] string? creditCode,
        [Description("The instant to answer for (default now)")] DateTimeOffset? asOf,
        [Description("Only this alliance's entitlements")] Guid? allianceId,
        [Description("pending, granted, declined, withdrawn or superseded: every entitlement in that status, whatever the instant")] string? status,
        [AsParameters] PageRequest page,
        SupportDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var code = creditCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) && allianceId is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["creditCode"] = ["Give a unit's credit code, an alliance id, or both."],
            });
        }
        var inStatus = QueryEnum.Parse<EntitlementStatus>(status, "status");
        var query = db.Entitlements.AsNoTracking();
        if (!string.IsNullOrEmpty(code))
        {
            query = query.Where(e => e.UnitCreditCode == code);
        }
        if (allianceId is { } alliance)
        {
            query = query.Where(e => e.AllianceId == alliance);
        }
        if (inStatus is { } s)
        {
            query = query.Where(e => e.Status == s);
        }
        else
        {
            query = HeldAt(query, asOf ?? clock.GetUtcNow());
        }
        return TypedResults.Ok(await ReadPageAsync(query, page, db, cancellationToken));
    }

    /// <summary>An applicant's own view: what its unit holds and what the alliances it belongs to hold, never another unit's.</summary>
    private static async Task<Ok<Page<EntitlementResponse>>> MineAsync(
        [Description("The instant to answer for (default now)")] DateTimeOffset? asOf,
        [Description("Only this alliance's entitlements")] Guid? allianceId,
        [AsParameters] PageRequest page,
        ClaimsPrincipal user,
        SupportDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var unit = user.Organization() ?? "";
        var query = db.Entitlements.AsNoTracking().Where(e => e.UnitCreditCode == unit
            || (e.UnitCreditCode == null && db.MemberUnits.Any(m => m.AllianceId == e.AllianceId && m.CreditCode == unit && m.IsMember)));
        if (allianceId is { } alliance)
        {
            query = query.Where(e => e.AllianceId == alliance);
        }
        return TypedResults.Ok(await ReadPageAsync(HeldAt(query, asOf ?? clock.GetUtcNow()), page, db, cancellationToken));
    }

    private static IQueryable<Entitlement> HeldAt(IQueryable<Entitlement> query, DateTimeOffset at)
    {
        var instant = at.ToUniversalTime();
        return query.Where(e => e.ValidFrom != null && e.ValidFrom <= instant && (e.EndedAt == null || instant < e.EndedAt));
    }

    private static async Task<Page<EntitlementResponse>> ReadPageAsync(
        IQueryable<Entitlement> query, PageRequest page, SupportDbContext db, CancellationToken cancellationToken)
    {
        var ordered = query.OrderByDescending(e => e.CampaignYear).ThenBy(e => e.AllianceId).ThenBy(e => e.Holder).ThenBy(e => e.Kind).ThenBy(e => e.Id);
        var read = await page.ReadAsync(ordered, e => e, cancellationToken);
        var allianceIds = read.Items.Select(e => e.AllianceId).Distinct().ToList();
        var names = await db.Alliances.AsNoTracking().Where(a => allianceIds.Contains(a.AllianceId))
            .ToDictionaryAsync(a => a.AllianceId, a => a.Name, cancellationToken);
        return new Page<EntitlementResponse>(
            [.. read.Items.Select(e => EntitlementResponse.For(e, names.GetValueOrDefault(e.AllianceId, "")))], read.PageNumber, read.PageSize, read.TotalCount);
    }

    private static Task<Results<Ok<EntitlementResponse>, NotFound>> ApproveAsync(
        Guid entitlementId, EntitlementDecisionRequest request, EntitlementDecisions decisions, CancellationToken cancellationToken) =>
        decisions.DecideAsync(entitlementId, (entitlement, actor, now) => entitlement.Approve(actor, request.Reason, now), cancellationToken);

    private static Task<Results<Ok<EntitlementResponse>, NotFound>> DeclineAsync(
        Guid entitlementId, EntitlementDecisionRequest request, EntitlementDecisions decisions, CancellationToken cancellationToken) =>
        decisions.DecideAsync(entitlementId, (entitlement, actor, now) => entitlement.Decline(actor, request.Reason, now), cancellationToken);
}

/// <summary>The admin division's decision on a pending entitlement, under the row's lock (a grade or a revocation may end it meanwhile).</summary>
internal sealed class EntitlementDecisions(
    SupportDbContext db, EntitlementAnnouncements announce, IAuditTrail audit, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task<Results<Ok<EntitlementResponse>, NotFound>> DecideAsync(
        Guid entitlementId, Action<Entitlement, Actor, DateTimeOffset> decide, CancellationToken cancellationToken)
    {
        // In the idempotency filter's transaction: the row stays locked until it commits.
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM entitlements WHERE id = {entitlementId} FOR UPDATE").ToListAsync(cancellationToken);
        var entitlement = await db.Entitlements.SingleOrDefaultAsync(e => e.Id == entitlementId, cancellationToken);
        if (entitlement is null)
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        decide(entitlement, (http.HttpContext?.User ?? new ClaimsPrincipal()).AsActor(), now);
        if (entitlement.Status == EntitlementStatus.Granted)
        {
            announce.Granted(entitlement, now, audited: false);
        }
        audit.Succeeded(entitlement.Id);
        await db.SaveChangesAsync(cancellationToken);
        var name = await db.Alliances.Where(a => a.AllianceId == entitlement.AllianceId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(EntitlementResponse.For(entitlement, name ?? ""));
    }
}
