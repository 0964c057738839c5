using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AlliancePlatform.ServiceDefaults.Http;

internal static class PlatformHttpSetup
{
    public static void AddPlatformHttp(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            if (ctx.ProblemDetails is HttpValidationProblemDetails)
            {
                ctx.ProblemDetails.Title = "提交的数据有误 / Some fields are not valid";
                ctx.ProblemDetails.Detail ??= "Each field named under 'errors' says what is wrong with it.";
            }
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => PlatformJson.Configure(o.SerializerOptions));
        // Malformed bodies raise BadHttpRequestException, which the handler turns into a 400 that says what was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(30),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });
        services.AddOpenApi();
        // Behind the gateway: links and OpenAPI server URLs use the address the caller used, not the service's own.
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders =
            ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
    }
}
