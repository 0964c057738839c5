using AlliancePlatform.Identity.Persistence;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<IdentityDbContext>(IdentityDbContext.ConnectionName);
builder.AddServiceMessaging<IdentityDbContext>();

var app = builder.Build();
app.UseServiceDefaults();
app.Run();
