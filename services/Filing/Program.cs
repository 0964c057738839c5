using AlliancePlatform.Filing;
using AlliancePlatform.Filing.Features;
using AlliancePlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddFilingServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapFilingApi();
app.Run();
