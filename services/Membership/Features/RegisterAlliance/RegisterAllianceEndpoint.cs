using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using AlliancePlatform.ServiceDefaults.Http;

namespace AlliancePlatform.Membership.Features.RegisterAlliance;

internal static class RegisterAllianceEndpoint
{
    public static void MapRegisterAlliance(this RouteGroupBuilder alliances) =>
        alliances.MapPost("/", HandleAsync)
            .WithName("RegisterAlliance")
            .WithSummary("Register an alliance (Art 7) and announce it with AllianceRegistered")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant))
            .WithIdempotency<MembershipDbContext, RouteHandlerBuilder>()
            .Audited("alliance.register", "alliance")
            .WithRequestExample(new RegisterAllianceRequest("黑龙江省新材料产业技术创新联盟", "new_materials"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Created<AllianceResponse>> HandleAsync(
        RegisterAllianceRequest request, ClaimsPrincipal user, MembershipDbContext db, IOutbox outbox, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // The owner comes from the token, never from the body (OWASP API3: no mass assignment).
        var alliance = Alliance.Register(request.Name, request.IndustryField, user.Organization(), clock.GetUtcNow());
        if (await db.Alliances.AnyAsync(a => a.Name == alliance.Name, cancellationToken))
        {
            throw new RuleViolationException(AllianceRules.NameTaken);
        }

        db.Alliances.Add(alliance);
        outbox.Add(
            new AllianceRegistered(alliance.Id, alliance.Name, alliance.IndustryField, alliance.RegisteredAt)
            {
                RegisteredByOrganization = alliance.RegisteredByOrganization,
            },
            alliance.Id.ToString());
        audit.Succeeded(alliance.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/membership/alliances/{alliance.Id}", AllianceResponse.From(alliance));
    }
}
