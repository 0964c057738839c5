using AlliancePlatform.Identity;
using AlliancePlatform.Identity.Features.Token;
using AlliancePlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapTokenEndpoint();
app.Run();
