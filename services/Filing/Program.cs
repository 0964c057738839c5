using AlliancePlatform.Filing;
using AlliancePlatform.Filing.Features;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Audit;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddFilingServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapFilingApi();
app.MapAuditTrail<FilingDbContext>("filing");
app.Run();
