using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;

namespace AlliancePlatform.Filing.Features.Applications;

internal static class ApplicationChanges
{
    /// <summary>What every change to an application declares: who may make it, retry-safe, audited, and its refusals.</summary>
    public static RouteHandlerBuilder AsApplicationChange(this RouteHandlerBuilder endpoint, string action, params string[] roles) =>
        endpoint
            .RequireAuthorization(policy => policy.RequireRole(roles))
            .WithIdempotency<FilingDbContext, RouteHandlerBuilder>()
            .Audited(action, "filing_application")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
