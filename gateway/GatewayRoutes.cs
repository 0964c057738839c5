using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;

namespace AlliancePlatform.Gateway;

/// <summary>
/// <c>/api/{service}/**</c> goes to that service, found by service discovery; each service's OpenAPI
/// document is reachable as <c>/openapi/{service}.json</c>.
/// </summary>
internal static class GatewayRoutes
{
    public static IReadOnlyList<string> Services { get; } = ["identity", "membership", "filing", "reporting", "evaluation", "support"];

    /// <summary>Routes anyone may call: signing in and getting tokens, the API descriptions, and the public reads.</summary>
    private const string Anonymous = "anonymous";

    /// <summary>Public (anonymous) APIs under <c>/api/public/{resource}</c>, each served by the service that owns it.</summary>
    public static IReadOnlyDictionary<string, string> PublicResources { get; } = new Dictionary<string, string>
    {
        ["notices"] = "filing",
        ["register"] = "filing",
        ["annual-reports"] = "reporting",
        ["grades"] = "evaluation",
    };

    public const string PublicPath = "/api/public";

    public const string ObjectionsPolicy = "objections";

    /// <summary>
    /// Bounds the public reads forwarded at once: anyone may search without signing in, and a flood of searches must
    /// queue here rather than take the filing service's threads and connections from applicants and reviewers.
    /// </summary>
    public const string PublicReadsPolicy = "public-reads";

    /// <summary>Register searches answered again from the gateway's memory for a few seconds (<see cref="GatewayLimitOptions.PublicRegisterCacheDuration"/>).</summary>
    public const string PublicRegisterCachePolicy = "public-register";

    public static IReadOnlyList<RouteConfig> Routes() =>
    [
        .. Services.Select(service => new RouteConfig
        {
            RouteId = $"{service}-api",
            ClusterId = service,
            Match = new RouteMatch { Path = $"/api/{service}/{{**rest}}" },
            // Identity's routes are the way in; every other service's need a valid token here and again in the service.
            AuthorizationPolicy = service == "identity" ? Anonymous : null,
        }),
        .. PublicResources.Select(resource => new RouteConfig
        {
            RouteId = $"public-{resource.Key}",
            ClusterId = resource.Value,
            Match = new RouteMatch { Path = $"{PublicPath}/{resource.Key}/{{**rest}}" },
            AuthorizationPolicy = Anonymous,
            RateLimiterPolicy = PublicReadsPolicy,
            OutputCachePolicy = resource.Key == "register" ? PublicRegisterCachePolicy : null,
        }),
        new RouteConfig
        {
            // Anyone may object during a notice window (Art 11-7); a tighter limit keeps one source from flooding it.
            RouteId = "public-objections",
            ClusterId = "filing",
            Match = new RouteMatch { Path = "/api/public/notices/{id}/objections", Methods = ["POST"] },
            AuthorizationPolicy = Anonymous,
            RateLimiterPolicy = ObjectionsPolicy,
        },
        .. Services.Select(service => new RouteConfig
        {
            RouteId = $"{service}-openapi",
            ClusterId = service,
            Match = new RouteMatch { Path = OpenApiPath(service), Methods = ["GET"] },
            AuthorizationPolicy = Anonymous,
        }.WithTransformPathSet("/openapi/v1.json")),
    ];

    public static IReadOnlyList<ClusterConfig> Clusters(TimeSpan upstreamTimeout) =>
    [
        .. Services.Select(service => new ClusterConfig
        {
            ClusterId = service,
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = upstreamTimeout },
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service] = new() { Address = $"http://{service}" },
            },
        }),
    ];

    public static string OpenApiPath(string service) => $"/openapi/{service}.json";
}
