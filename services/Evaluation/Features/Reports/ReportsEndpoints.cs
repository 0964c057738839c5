using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.Reports;

/// <summary>
/// A campaign's results (评价结果, Art 22-23), once grades are proposed: the report (ranking, grade distribution, averages
/// by field and region) as JSON or an Excel workbook for the admin division and the secretariat, and each alliance's
/// score sheet with every expert's scores for the admin division alone.
/// </summary>
internal static class ReportsEndpoints
{
    private static readonly string[] ReportReaders = [PlatformRoles.AdminDivision, PlatformRoles.Secretariat];

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var campaign = app.MapGroup("/api/evaluation/campaigns/{campaignId:guid}").WithTags("Evaluation reports");
        campaign.MapGet("/report", GetReportAsync)
            .WithName("GetEvaluationReport")
            .WithSummary("The campaign's ranking, grade distribution and averages by industry field and by region, once grades are proposed (Art 23)")
            .RequireAuthorization(policy => policy.RequireRole(ReportReaders))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        campaign.MapGet("/report.xlsx", GetWorkbookAsync)
            .WithName("ExportEvaluationReport")
            .WithSummary("The same report as an Excel workbook: sheets 排名, 等级分布, 按领域, 按地区, headed in Chinese")
            .RequireAuthorization(policy => policy.RequireRole(ReportReaders))
            .Produces(StatusCodes.Status200OK, contentType: XlsxWorkbook.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        campaign.MapGet("/alliances/{allianceId:guid}/score-sheet", GetScoreSheetAsync)
            .WithName("GetEvaluationScoreSheet")
            .WithSummary("An alliance's score sheet once the review has closed: each expert's scores and total, those dropped as highest and lowest, and the composite (Art 22)")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.AdminDivision))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<CampaignReportResponse>, NotFound>> GetReportAsync(
        Guid campaignId, EvaluationDbContext db, CancellationToken cancellationToken) =>
        await ReportAsync(campaignId, db, cancellationToken) is { } report ? TypedResults.Ok(CampaignReportResponse.For(report)) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> GetWorkbookAsync(
        Guid campaignId, EvaluationDbContext db, CancellationToken cancellationToken) =>
        await ReportAsync(campaignId, db, cancellationToken) is { } report
            ? TypedResults.File(await ReportWorkbook.SaveAsync(report, cancellationToken), XlsxWorkbook.ContentType, ReportWorkbook.FileName(report))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ScoreSheetResponse>, NotFound>> GetScoreSheetAsync(
        Guid campaignId, Guid allianceId, EvaluationDbContext db, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        var review = campaign is null
            ? null
            : await db.Reviews.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(r => r.CampaignId == campaignId && r.AllianceId == allianceId, cancellationToken);
        return campaign is null || review is null ? TypedResults.NotFound() : TypedResults.Ok(ScoreSheetResponse.For(campaign, review));
    }

    /// <summary>The campaign's report; null when there is no such campaign, a 409 violation when it has no grades yet.</summary>
    private static async Task<CampaignReport?> ReportAsync(Guid campaignId, EvaluationDbContext db, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        return campaign is null ? null : EvaluationReports.For(campaign);
    }
}
