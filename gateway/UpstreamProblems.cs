using Yarp.ReverseProxy.Forwarder;

namespace AlliancePlatform.Gateway;

/// <summary>
/// When a service does not answer, the caller gets ProblemDetails in its terms instead of an empty 502 or 504: whether
/// to try again, and that a change sent may or may not have been made (the <c>Idempotency-Key</c> makes repeating it safe).
/// </summary>
internal static class UpstreamProblems
{
    public static IReverseProxyApplicationBuilder UseUpstreamProblems(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            await next();
            if (context.GetForwarderErrorFeature() is not { } failure || context.Response.HasStarted
                || failure.Error is ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled)
            {
                return;
            }
            var isRead = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            var problem = failure.Error == ForwarderError.RequestTimedOut
                ? Results.Problem(
                    title: "服务响应超时 / The service did not answer in time",
                    detail: isRead
                        ? "Please try again in a moment."
                        : "The change may or may not have been made. Check before repeating it, or repeat it with the same Idempotency-Key.",
                    statusCode: StatusCodes.Status504GatewayTimeout)
                : Results.Problem(
                    title: "服务暂时不可用 / The service is temporarily unavailable",
                    detail: isRead
                        ? "Please try again in a few seconds."
                        : "The change may not have been made. Repeat it in a few seconds with the same Idempotency-Key.",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            context.Response.Headers.RetryAfter = "5";
            await problem.ExecuteAsync(context);
        });
        return proxy;
    }
}
