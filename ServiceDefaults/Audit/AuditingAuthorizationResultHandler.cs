using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AlliancePlatform.ServiceDefaults.Audit;

/// <summary>Calls to an audited endpoint that authorization turns away (401, 403) are recorded as denied.</summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if ((authorizeResult.Challenged || authorizeResult.Forbidden)
            && context.GetEndpoint()?.Metadata.GetMetadata<AuditedAction>() is not null
            && context.RequestServices.GetService<IAuditTrail>() is { } audit)
        {
            var status = authorizeResult.Challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            await audit.AppendNowAsync(AuditOutcome.Denied, $"http_{status}", context.RequestAborted);
        }
        await standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
