using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Campaigns;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.Rectifications;

public sealed record CloseRectificationRequest([Required, MaxLength(4000)] string Conclusion);

public sealed record RectificationFilter(Guid? AllianceId, Guid? CampaignId, bool? Open);

/// <param name="IsOverdue">Still open after its last day (China time).</param>
public sealed record RectificationResponse(
    Guid Id, Guid CampaignId, Guid AllianceId, DateTimeOffset OpenedAt, DateOnly DueOn, bool IsOpen, bool IsOverdue,
    DateTimeOffset? ClosedAt, string? Conclusion)
{
    public static RectificationResponse For(Rectification r, DateTimeOffset now) =>
        new(r.Id, r.CampaignId, r.AllianceId, r.OpenedAt, r.DueOn, r.IsOpen, r.IsOverdue(now), r.ClosedAt, r.Conclusion);
}

/// <summary>
/// Rectifications (整改, Art 23) opened by published D grades: the officials see all, an applicant its own alliances';
/// the admin division closes one with its conclusion.
/// </summary>
internal static class RectificationsEndpoints
{
    public static IEndpointRouteBuilder MapRectificationsApi(this IEndpointRouteBuilder app)
    {
        var rectifications = app.MapGroup("/api/evaluation/rectifications").WithTags("Rectifications");
        rectifications.MapGet("", ListAsync)
            .WithName("ListRectifications")
            .WithSummary("Rectifications opened by D grades, newest first: all for the officials, an applicant's own alliances'")
            .RequireAuthorization(policy => policy.RequireRole(EvaluationAccess.Readers));
        rectifications.MapPost("/{rectificationId:guid}/closure", CloseAsync)
            .WithName("CloseRectification")
            .WithSummary("Close a rectification with the admin division's conclusion (Art 23)")
            .AsEvaluationChange("rectification.close", "rectification", PlatformRoles.AdminDivision)
            .WithRequestExample(new CloseRectificationRequest("联盟已完成理事会换届并按期报送年度报告，整改完成。"));
        return app;
    }

    private static async Task<Ok<Page<RectificationResponse>>> ListAsync(
        [AsParameters] RectificationFilter filter, [AsParameters] PageRequest page, EvaluationDbContext db, EvaluationAccess access, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var query = db.Rectifications.AsNoTracking();
        if (!access.IsOfficial)
        {
            var own = await access.OwnAlliancesAsync(cancellationToken);
            query = query.Where(r => own.Contains(r.AllianceId));
        }
        if (filter.AllianceId is { } allianceId)
        {
            query = query.Where(r => r.AllianceId == allianceId);
        }
        if (filter.CampaignId is { } campaignId)
        {
            query = query.Where(r => r.CampaignId == campaignId);
        }
        if (filter.Open is { } open)
        {
            query = open ? query.Where(r => r.ClosedAt == null) : query.Where(r => r.ClosedAt != null);
        }
        var now = clock.GetUtcNow();
        return TypedResults.Ok(await page.ReadAsync(query.OrderByDescending(r => r.OpenedAt).ThenBy(r => r.Id), r => RectificationResponse.For(r, now), cancellationToken));
    }

    private static async Task<Results<Ok<RectificationResponse>, NotFound>> CloseAsync(
        Guid rectificationId, CloseRectificationRequest request, EvaluationDbContext db, EvaluationAccess access, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // Locked for the request's transaction: two officials closing at once cannot both record a conclusion.
        var rectification = await db.Rectifications.FromSql($"SELECT * FROM rectifications WHERE id = {rectificationId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (rectification is null)
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        rectification.Close(access.Actor(), request.Conclusion, now);
        audit.Succeeded(rectification.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RectificationResponse.For(rectification, now));
    }
}
