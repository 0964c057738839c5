using AlliancePlatform.Evaluation;
using AlliancePlatform.Evaluation.Features.Assignments;
using AlliancePlatform.Evaluation.Features.Campaigns;
using AlliancePlatform.Evaluation.Features.Grading;
using AlliancePlatform.Evaluation.Features.PublicGrades;
using AlliancePlatform.Evaluation.Features.Rectifications;
using AlliancePlatform.Evaluation.Features.Reports;
using AlliancePlatform.Evaluation.Features.Reviews;
using AlliancePlatform.Evaluation.Features.SelfAssessments;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Audit;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEvaluationServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapCampaignsApi();
app.MapSelfAssessmentsApi();
app.MapReviewsApi();
app.MapAssignmentsApi();
app.MapGradingApi();
app.MapRectificationsApi();
app.MapPublicGradesApi();
app.MapReportsApi();
app.MapAuditTrail<EvaluationDbContext>("evaluation");
app.Run();
