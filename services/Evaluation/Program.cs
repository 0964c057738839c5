using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformAuthentication();
builder.AddServiceDatabase<EvaluationDbContext>(EvaluationDbContext.ConnectionName);
builder.AddServiceMessaging<EvaluationDbContext>();

var app = builder.Build();
app.UseServiceDefaults();
app.MapAuditTrail<EvaluationDbContext>("evaluation");
app.Run();
