using AlliancePlatform.Identity;
using AlliancePlatform.Identity.Features.Authorize;
using AlliancePlatform.Identity.Features.Login;
using AlliancePlatform.Identity.Features.Token;
using AlliancePlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAntiforgery();
app.MapLoginEndpoints();
app.MapAuthorizeEndpoint();
app.MapTokenEndpoint();
app.Run();
