using AlliancePlatform.Gateway;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Auth;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformAuthentication();
var limits = builder.AddGatewayLimits();
builder.Services.AddReverseProxy()
    .LoadFromMemory(GatewayRoutes.Routes(), GatewayRoutes.Clusters(limits.UpstreamTimeout))
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();
app.UseRequestBodyCap();
app.UseServiceDefaults();
app.UseOutputCache();
app.UseRateLimiter();
app.MapApiReference();
app.MapReverseProxy(proxy =>
{
    proxy.UseUpstreamProblems();
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});
app.Run();
