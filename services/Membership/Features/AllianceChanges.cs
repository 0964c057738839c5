using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;

namespace AlliancePlatform.Membership.Features;

internal static class AllianceChanges
{
    /// <summary>What every change to an alliance declares: applicants only (acting for it), retry-safe, audited.</summary>
    public static RouteHandlerBuilder AsAllianceChange(this RouteHandlerBuilder endpoint, string action) =>
        endpoint
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant))
            .WithIdempotency<MembershipDbContext, RouteHandlerBuilder>()
            .Audited(action, "alliance")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>Who may read alliances: applicants (their own) and reviewers.</summary>
    public static TBuilder ForAllianceReaders<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireRole([PlatformRoles.Applicant, .. PlatformRoles.Reviewers]));
}
