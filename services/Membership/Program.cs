using AlliancePlatform.Membership;
using AlliancePlatform.Membership.Features;
using AlliancePlatform.Membership.Features.Units;
using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Audit;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMembershipServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapAlliancesApi();
app.MapUnitsApi();
app.MapAuditTrail<MembershipDbContext>("membership");
app.Run();
