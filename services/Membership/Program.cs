using AlliancePlatform.Membership;
using AlliancePlatform.Membership.Features;
using AlliancePlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMembershipServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapAlliancesApi();
app.Run();
