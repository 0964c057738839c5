using AlliancePlatform.Reporting;
using AlliancePlatform.Reporting.Features.Achievements;
using AlliancePlatform.Reporting.Features.PublicReports;
using AlliancePlatform.Reporting.Features.Reports;
using AlliancePlatform.Reporting.Features.ReportsInbox;
using AlliancePlatform.Reporting.Features.Statistics;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Audit;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReportingServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapReportsApi();
app.MapAchievementsApi();
app.MapStatisticsApi();
app.MapReportsInboxApi();
app.MapPublicAnnualReportsApi();
app.MapAuditTrail<ReportingDbContext>("reporting");
app.Run();
