using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.Support;
using AlliancePlatform.Support.Features.EntitlementRules;
using AlliancePlatform.Support.Features.Entitlements;
using AlliancePlatform.Support.Features.Financing;
using AlliancePlatform.Support.Features.Instruments;
using AlliancePlatform.Support.Features.Talent;
using AlliancePlatform.Support.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSupportServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapEntitlementsApi();
app.MapEntitlementRulesApi();
app.MapTalentApi();
app.MapInstrumentsApi();
app.MapInstrumentBookingsApi();
app.MapFinancingApi();
app.MapAuditTrail<SupportDbContext>("support");
app.Run();
