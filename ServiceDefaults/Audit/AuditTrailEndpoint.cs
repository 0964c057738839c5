using System.ComponentModel;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.ServiceDefaults.Audit;

public sealed record AuditEntryResponse(
    Guid Id, DateTimeOffset OccurredAt, string Actor, string Roles, string? Organization, string Action,
    string ObjectType, string? ObjectId, string Outcome, string? Detail, string? TraceId, string? SourceAddress)
{
    public static AuditEntryResponse From(AuditEntry e) => new(
        e.Id, e.OccurredAt, e.Actor, e.Roles, e.Organization, e.Action, e.ObjectType, e.ObjectId,
        e.Outcome.ToString().ToLowerInvariant(), e.Detail, e.TraceId, e.SourceAddress);
}

/// <summary>One page of the trail, newest first; pass <paramref name="Next"/> as <c>before</c> for the next page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryResponse> Items, Guid? Next);

public static class AuditTrailEndpoint
{
    public const int MaxPageSize = 200;

    /// <summary><c>GET /api/{service}/audit</c>: the service's audit trail, for the admin division only.</summary>
    public static RouteHandlerBuilder MapAuditTrail<TContext>(this IEndpointRouteBuilder app, string service) where TContext : DbContext =>
        app.MapGet($"/api/{service}/audit", (
                [Description("Only entries about this object id")] string? @object,
                [Description("Only entries by this actor (token subject or client id)")] string? actor,
                [Description("The Next value of the previous page")] Guid? before,
                [Description($"Entries per page, 1 to 200 (default 50)")] int? limit,
                TContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
                ReadAsync(db, audit, @object, actor, before, limit ?? 50, cancellationToken))
            .WithName($"{service}.audit")
            .WithTags("Audit")
            .WithSummary("The service's audit trail, newest first (admin division)")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.AdminDivision))
            .Audited("audit.read", "audit_trail")
            .ProducesValidationProblem();

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> ReadAsync<TContext>(
        TContext db, IAuditTrail audit, string? objectId, string? actor, Guid? before, int limit, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        if (limit is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"每页条数须在1到{MaxPageSize}之间。 / limit must be between 1 and {MaxPageSize}."],
            });
        }
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrEmpty(objectId))
        {
            entries = entries.Where(e => e.ObjectId == objectId);
        }
        if (!string.IsNullOrEmpty(actor))
        {
            entries = entries.Where(e => e.Actor == actor);
        }
        if (before is { } cursor)
        {
            entries = entries.Where(e => e.Id < cursor);
        }
        var page = await entries.OrderByDescending(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(AuditEntryResponse.From).ToList();

        // Reading the trail is itself on the trail.
        audit.Succeeded(objectId ?? actor ?? "*");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new AuditPage(items, page.Count > limit ? items[^1].Id : null));
    }
}
