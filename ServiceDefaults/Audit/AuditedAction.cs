using AlliancePlatform.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AlliancePlatform.ServiceDefaults.Audit;

/// <summary>Endpoint metadata: the action an endpoint performs, under which it is written to the audit trail.</summary>
public sealed record AuditedAction(string Action, string ObjectType);

public static class AuditedEndpoints
{
    /// <summary>
    /// Marks a write as audited. The handler records its success with <see cref="IAuditTrail.Succeeded"/> in its
    /// unit of work; refusals (rule violations, invalid input) and denials (authorization, not-yours) are
    /// recorded here, in their own transaction, since the work itself does not commit.
    /// </summary>
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action, string objectType)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new AuditedAction(action, objectType));
        builder.AddEndpointFilter(async (context, next) =>
        {
            var audit = context.HttpContext.RequestServices.GetRequiredService<IAuditTrail>();
            object? result;
            try
            {
                result = await next(context);
            }
            catch (RuleViolationException broken)
            {
                await audit.AppendNowAsync(AuditOutcome.Refused, broken.Violation.Code, context.HttpContext.RequestAborted);
                throw;
            }
            var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
            if (status >= 400 && status < 500)
            {
                var outcome = status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound ? AuditOutcome.Denied : AuditOutcome.Refused;
                await audit.AppendNowAsync(outcome, $"http_{status}", context.HttpContext.RequestAborted);
            }
            return result;
        });
        return builder;
    }
}
