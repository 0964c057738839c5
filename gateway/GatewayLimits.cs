using System.Globalization;
using System.Threading.RateLimiting;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace AlliancePlatform.Gateway;

/// <summary>Settings of the gateway's protections (configuration section <c>Gateway</c>).</summary>
public sealed class GatewayLimitOptions
{
    public const string Section = "Gateway";

    /// <summary>Requests a client may make per second, on average.</summary>
    public int PermitsPerSecond { get; set; } = 50;
    /// <summary>Requests a client may make at once above that average.</summary>
    public int Burst { get; set; } = 100;
    /// <summary>Largest request body accepted: attachments are at most 20 MiB (domain.md §7), plus form overhead.</summary>
    public long MaxRequestBodyBytes { get; set; } = 25L * 1024 * 1024;
    /// <summary>Objections one address may file against one public notice per <see cref="ObjectionWindow"/>.</summary>
    public int ObjectionsPerWindow { get; set; } = 3;
    public TimeSpan ObjectionWindow { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Public reads (register, notices) forwarded at once, from all callers together; see <see cref="GatewayRoutes.PublicReadsPolicy"/>.</summary>
    public int PublicReadConcurrency { get; set; } = 8;
    /// <summary>Public reads that may wait for a turn; beyond them a read is refused at once with 503.</summary>
    public int PublicReadQueue { get; set; } = 100;
    /// <summary>How long the gateway answers a register search it has just answered from memory; zero turns that off.</summary>
    public TimeSpan PublicRegisterCacheDuration { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>
    /// How long the gateway waits for a service before answering 504; below the 30 s in which every request must end,
    /// so that a slow service is reported as such rather than as an aborted request.
    /// </summary>
    public TimeSpan UpstreamTimeout { get; set; } = TimeSpan.FromSeconds(25);
}

/// <summary>Per-client rate limits (per signed-in client, else per IP address) and the request body cap.</summary>
internal static class GatewayLimits
{
    public static GatewayLimitOptions AddGatewayLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(GatewayLimitOptions.Section).Get<GatewayLimitOptions>() ?? new GatewayLimitOptions();
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);

        // The register is the same for everyone and changes a few times a day; a few seconds' staleness is what spares
        // Filing the same search asked again and again.
        builder.Services.AddOutputCache(options => options.AddPolicy(GatewayRoutes.PublicRegisterCachePolicy, policy =>
        {
            policy.SetVaryByQuery("*");
            if (limits.PublicRegisterCacheDuration > TimeSpan.Zero)
            {
                policy.Expire(limits.PublicRegisterCacheDuration);
            }
            else
            {
                policy.NoCache();
            }
        }));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsHealthProbe(context)
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.Burst,
                        TokensPerPeriod = limits.PermitsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            options.AddPolicy(GatewayRoutes.ObjectionsPolicy, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    $"{context.Connection.RemoteIpAddress}|{NoticeOf(context)}",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.ObjectionsPerWindow,
                        Window = limits.ObjectionWindow,
                        QueueLimit = 0,
                    }));
            options.AddPolicy(GatewayRoutes.PublicReadsPolicy, _ =>
                RateLimitPartition.GetConcurrencyLimiter("public-reads", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.PublicReadConcurrency,
                    QueueLimit = limits.PublicReadQueue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            options.OnRejected = async (rejection, cancellationToken) =>
            {
                // The clients' own limits say when to come back; the public reads' concurrency limit does not.
                if (!rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && IsPublicRead(rejection.HttpContext))
                {
                    await RefuseBusyAsync(rejection.HttpContext);
                    return;
                }
                var retryAfter = wait == default ? TimeSpan.FromSeconds(1) : wait;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejection.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                        title: "请求过于频繁 / Too many requests",
                        detail: $"This client sent more requests than the platform accepts. Try again in {seconds} seconds.",
                        statusCode: StatusCodes.Status429TooManyRequests)
                    .ExecuteAsync(rejection.HttpContext);
            };
        });
        return limits;
    }

    /// <summary>Public reads beyond what the gateway forwards at once and queues: the platform is busy, not the caller at fault.</summary>
    private static async Task RefuseBusyAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        await Results.Problem(
                title: "查询繁忙，请稍后再试 / The public service is busy",
                detail: "Too many people are searching the register and notices at this moment. Try again in a second.",
                statusCode: StatusCodes.Status503ServiceUnavailable)
            .ExecuteAsync(context);
    }

    private static bool IsPublicRead(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments(GatewayRoutes.PublicPath);

    /// <summary>Refuses a declared body over the cap before any of it is read or forwarded.</summary>
    public static WebApplication UseRequestBodyCap(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<GatewayLimitOptions>();
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limits.MaxRequestBodyBytes)
            {
                await Results.Problem(
                        title: "请求内容过大 / The request is too large",
                        detail: $"The platform accepts request bodies of at most {limits.MaxRequestBodyBytes / (1024 * 1024)} MiB.",
                        statusCode: StatusCodes.Status413PayloadTooLarge)
                    .ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>
    /// The caller named by the token (<see cref="PlatformAuthentication.Caller"/>), subject before client id:
    /// every person signed in through the portal carries the portal's client id and would otherwise share one bucket.
    /// </summary>
    private static string ClientKey(HttpContext context) =>
        context.User.Caller() is { } caller ? $"caller:{caller}" : $"ip:{context.Connection.RemoteIpAddress}";

    /// <summary>The notice objected to, however its id is spelled in the path (case, braces, hyphens).</summary>
    private static string NoticeOf(HttpContext context) =>
        context.GetRouteValue("id") is string id && Guid.TryParse(id, out var notice) ? notice.ToString("D") : context.Request.Path.Value?.ToLowerInvariant() ?? "";

    private static bool IsHealthProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.HealthPath)
        || context.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.AlivePath);
}
