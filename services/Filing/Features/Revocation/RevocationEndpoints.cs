using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Features.Revocation;

public sealed record OpenRevocationCaseRequest([Required] Guid AllianceId, [Required] RevocationCause? Cause, [Required, MaxLength(RevocationRules.GroundsMaxLength)] string Grounds);

public sealed record RevocationDecisionRequest(bool Revoke, [Required, MaxLength(RevocationRules.ReasonMaxLength)] string Reason);

public sealed record RevocationCaseResponse(
    Guid Id, Guid AllianceId, string? AllianceName, RevocationCause Cause, RevocationCaseSource Source, string? SourceReference, string Grounds,
    DateTimeOffset OpenedAt, string OpenedBy, RevocationCaseStatus Status, DateTimeOffset? DecidedAt, string? DecidedBy, string? DecisionReason);

/// <summary>Revocation of filing (取消备案, Art 17): cases opened by the admin division or on other services' events, decided by the admin division.</summary>
internal static class RevocationEndpoints
{
    public static IEndpointRouteBuilder MapRevocationApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/filing/revocation-cases").WithTags("Revocation")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.AdminDivision));
        cases.MapPost("/", OpenAsync)
            .WithName("OpenRevocationCase")
            .WithSummary("Open a case to revoke a filed alliance for one of the causes of Art 17")
            .WithIdempotency<FilingDbContext, RouteHandlerBuilder>()
            .Audited("revocation_case.open", "revocation_case")
            .WithRequestExample(new OpenRevocationCaseRequest(Guid.Parse("0194f3c2-5b7e-7c1a-9d2e-3f4a5b6c7d8e"), RevocationCause.NotOperatingPerCharter, "联盟连续两年未按章程开展联合研发活动。"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapGet("/", ListAsync)
            .WithName("ListRevocationCases")
            .WithSummary("Revocation cases, open first");
        cases.MapGet("/{id:guid}", GetAsync)
            .WithName("GetRevocationCase")
            .WithSummary("One revocation case")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPost("/{id:guid}/decision", DecideAsync)
            .WithName("DecideRevocationCase")
            .WithSummary("Revoke the filing or dismiss the case; a revoked alliance leaves the register (Art 17)")
            .WithIdempotency<FilingDbContext, RouteHandlerBuilder>()
            .Audited("revocation_case.decide", "revocation_case")
            .WithRequestExample(new RevocationDecisionRequest(true, "经厅会议研究，决定取消该联盟省级备案资格。"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<Results<Created<RevocationCaseResponse>, NotFound>> OpenAsync(
        OpenRevocationCaseRequest request, HttpContext http, FilingDbContext db, IOutbox outbox, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var filed = await db.Register.SingleOrDefaultAsync(f => f.AllianceId == request.AllianceId && f.Status != RegisterStatus.Revoked, cancellationToken);
        if (filed is null)
        {
            return TypedResults.NotFound();
        }
        if (await db.RevocationCases.AnyAsync(c => c.AllianceId == request.AllianceId && c.Status == RevocationCaseStatus.Open, cancellationToken))
        {
            throw new RuleViolationException(RevocationRules.CaseAlreadyOpen);
        }
        var revocation = RevocationCase.OpenByAdmin(filed, request.Cause!.Value, request.Grounds, http.User.Caller() ?? "", clock.GetUtcNow());
        db.RevocationCases.Add(revocation);
        outbox.CaseOpened(revocation);
        audit.Succeeded(revocation.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/filing/revocation-cases/{revocation.Id}", await ResponseAsync(db, revocation, cancellationToken));
    }

    private static async Task<Ok<Page<RevocationCaseResponse>>> ListAsync(
        string? status, [AsParameters] PageRequest page, FilingDbContext db, CancellationToken cancellationToken)
    {
        var cases = db.RevocationCases.AsNoTracking();
        if (QueryEnum.Parse<RevocationCaseStatus>(status, "status") is { } wanted)
        {
            cases = cases.Where(c => c.Status == wanted);
        }
        var ordered = cases
            .OrderBy(c => c.Status == RevocationCaseStatus.Open ? 0 : 1).ThenByDescending(c => c.OpenedAt).ThenBy(c => c.Id)
            .Select(c => new { Case = c, Name = db.Alliances.Where(a => a.AllianceId == c.AllianceId).Select(a => a.Name).FirstOrDefault() });
        return TypedResults.Ok(await page.ReadAsync(ordered, c => Response(c.Case, c.Name), cancellationToken));
    }

    private static async Task<Results<Ok<RevocationCaseResponse>, NotFound>> GetAsync(Guid id, FilingDbContext db, CancellationToken cancellationToken)
    {
        var revocation = await db.RevocationCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return revocation is null ? TypedResults.NotFound() : TypedResults.Ok(await ResponseAsync(db, revocation, cancellationToken));
    }

    private static async Task<Results<Ok<RevocationCaseResponse>, NotFound>> DecideAsync(
        Guid id, RevocationDecisionRequest request, HttpContext http, FilingDbContext db, IOutbox outbox, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // The idempotency filter may already hold the request's transaction; the case row is locked inside it either way.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var locked = await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM revocation_cases WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return TypedResults.NotFound();
        }
        var revocation = await db.RevocationCases.SingleAsync(c => c.Id == id, cancellationToken);
        // The register row too: a yellow card applied meanwhile must not write the alliance back as listed.
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM filed_alliances WHERE id = {revocation.FiledAllianceId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var filed = await db.Register.SingleAsync(f => f.Id == revocation.FiledAllianceId, cancellationToken);
        revocation.Decide(filed, http.User.Caller() ?? "", request.Revoke, request.Reason, clock.GetUtcNow());
        if (request.Revoke)
        {
            outbox.FilingRevoked(revocation, filed);
        }
        audit.Succeeded(revocation.Id);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return TypedResults.Ok(await ResponseAsync(db, revocation, cancellationToken));
    }

    private static async Task<RevocationCaseResponse> ResponseAsync(FilingDbContext db, RevocationCase c, CancellationToken cancellationToken) =>
        Response(c, await db.Alliances.Where(a => a.AllianceId == c.AllianceId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken));

    private static RevocationCaseResponse Response(RevocationCase c, string? allianceName) => new(
        c.Id, c.AllianceId, allianceName, c.Cause, c.Source, c.SourceReference, c.Grounds, c.OpenedAt, c.OpenedBy, c.Status, c.DecidedAt, c.DecidedBy,
        c.DecisionReason);
}
