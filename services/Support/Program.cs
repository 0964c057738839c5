using AlliancePlatform.Support.Persistence;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformAuthentication();
builder.AddServiceDatabase<SupportDbContext>(SupportDbContext.ConnectionName);
builder.AddServiceMessaging<SupportDbContext>();

var app = builder.Build();
app.UseServiceDefaults();
app.MapAuditTrail<SupportDbContext>("support");
app.Run();
