using AlliancePlatform.Gateway;
using AlliancePlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayLimits();
builder.Services.AddReverseProxy()
    .LoadFromMemory(GatewayRoutes.Routes(), GatewayRoutes.Clusters())
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();
app.UseServiceDefaults();
app.UseRequestBodyCap();
app.UseRateLimiter();
app.MapApiReference();
app.MapReverseProxy();
app.Run();
