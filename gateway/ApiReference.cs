using Scalar.AspNetCore;

namespace AlliancePlatform.Gateway;

/// <summary>One interactive API reference page at <c>/api-reference</c> over every service's OpenAPI document.</summary>
internal static class ApiReference
{
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference("/api-reference", options =>
        {
            options.WithTitle("黑龙江省产业技术创新联盟平台 API / Alliance Platform API");
            foreach (var service in GatewayRoutes.Services)
            {
                options.AddDocument(service, service, GatewayRoutes.OpenApiPath(service), isDefault: service == "membership");
            }
        }).AllowAnonymous();
        return app;
    }
}
