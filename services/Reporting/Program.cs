using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformAuthentication();
builder.AddServiceDatabase<ReportingDbContext>(ReportingDbContext.ConnectionName);
builder.AddServiceMessaging<ReportingDbContext>();

var app = builder.Build();
app.UseServiceDefaults();
app.MapAuditTrail<ReportingDbContext>("reporting");
app.Run();
