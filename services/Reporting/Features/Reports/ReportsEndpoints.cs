using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Features.Calendar;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Reporting.Features.Reports;

public sealed record ReportDraftRequest([Required] ReportContent Content, [MaxLength(AnnualReportRules.SummaryMaxLength)] string? Summary);

public sealed record ReturnRequest([Required, MaxLength(4000)] string Reason);

public sealed record AcceptRequest([MaxLength(4000)] string? Comment);

/// <summary>Annual reports (年度报告, Art 13): written by the alliance, returned or accepted by the provincial secretariat.</summary>
internal static class ReportsEndpoints
{
    public static readonly string[] Readers = [PlatformRoles.Applicant, PlatformRoles.Secretariat, PlatformRoles.AdminDivision, PlatformRoles.BusinessDivision];

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var alliance = app.MapGroup("/api/reporting/alliances/{allianceId:guid}").WithTags("Annual reports");
        alliance.MapGet("/obligations", ObligationsAsync)
            .WithName("ListReportingObligations")
            .WithSummary("Every year the alliance owes a report for, with its due date and its status as of today")
            .RequireAuthorization(policy => policy.RequireRole(Readers))
            .ProducesProblem(StatusCodes.Status404NotFound);
        alliance.MapGet("/reports/{year:int}", GetAsync)
            .WithName("GetAnnualReport")
            .WithSummary("The alliance's report on a year")
            .RequireAuthorization(policy => policy.RequireRole(Readers))
            .ProducesProblem(StatusCodes.Status404NotFound);
        alliance.MapPut("/reports/{year:int}", SaveDraftAsync)
            .WithName("SaveAnnualReport")
            .WithSummary("Write the report's figures and summary (a draft, or a returned report being corrected)")
            .AsReportChange("annual_report.save", PlatformRoles.Applicant)
            .WithRequestExample(new ReportDraftRequest(
                new ReportContent { JointProjects = 3, JointProjectFunding = 1_200_000m, Meetings = 4, AchievementTransfers = 1, TransferContractValue = 300_000m },
                "本年度联盟围绕高性能复合材料开展联合攻关。"));
        alliance.MapPost("/reports/{year:int}/submission", SubmitAsync)
            .WithName("SubmitAnnualReport")
            .WithSummary("Submit the report to the provincial secretariat (due 31 January of the following year)")
            .AsReportChange("annual_report.submit", PlatformRoles.Applicant);
        alliance.MapPost("/reports/{year:int}/return", ReturnAsync)
            .WithName("ReturnAnnualReport")
            .WithSummary("Ask the alliance to change its report, saying why")
            .AsReportChange("annual_report.return", PlatformRoles.Secretariat)
            .WithRequestExample(new ReturnRequest("请补充联合研发项目的经费来源。"));
        alliance.MapPost("/reports/{year:int}/acceptance", AcceptAsync)
            .WithName("AcceptAnnualReport")
            .WithSummary("Accept the report")
            .AsReportChange("annual_report.accept", PlatformRoles.Secretariat)
            .WithRequestExample(new AcceptRequest("材料齐全。"));
        alliance.MapReportAttachments();
        return app;
    }

    public static RouteHandlerBuilder AsReportChange(this RouteHandlerBuilder endpoint, string action, string role) =>
        endpoint
            .RequireAuthorization(policy => policy.RequireRole(role))
            .WithIdempotency<ReportingDbContext, RouteHandlerBuilder>()
            .Audited(action, "annual_report")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>A change the alliance's applicant makes: uploading or removing one of its files.</summary>
    public static RouteHandlerBuilder AsApplicantChange(RouteHandlerBuilder endpoint, string action) => endpoint.AsReportChange(action, PlatformRoles.Applicant);

    private static async Task<Results<Ok<IReadOnlyList<ObligationResponse>>, NotFound>> ObligationsAsync(
        Guid allianceId, ReportingDbContext db, ReportAccess access, IOptionsSnapshot<ReportingSettings> settings, TimeProvider clock,
        ReportingCalendar calendar, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.AllianceId == allianceId, cancellationToken);
        if (alliance is null || !await access.CanReadAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        var reports = await db.Reports.AsNoTracking().IgnoreAutoIncludes().Where(r => r.AllianceId == allianceId).ToDictionaryAsync(r => r.Year, cancellationToken);
        var workingDays = await calendar.LoadAsync(cancellationToken);
        IReadOnlyList<ObligationResponse> obligations =
        [
            .. alliance.Obligations(now, settings.Value.Deadline())
                .Select(o => ObligationResponses.For(o, reports.GetValueOrDefault(o.Year), now, workingDays)),
        ];
        return TypedResults.Ok(obligations);
    }

    private static async Task<Results<Ok<ReportResponse>, NotFound>> GetAsync(
        Guid allianceId, int year, ReportingDbContext db, ReportAccess access, IOptionsSnapshot<ReportingSettings> settings, TimeProvider clock,
        ReportingCalendar calendar, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.AllianceId == allianceId && r.Year == year, cancellationToken);
        var alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.AllianceId == allianceId, cancellationToken);
        if (report is null || alliance is null || !await access.CanReadAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        return TypedResults.Ok(ReportResponse.For(report, ObligationResponses.For(alliance.ObligationFor(year, settings.Value.Deadline()), report, now, await calendar.LoadAsync(cancellationToken))));
    }

    private static Task<Results<Ok<ReportResponse>, NotFound>> SaveDraftAsync(
        Guid allianceId, int year, ReportDraftRequest request, ReportEditor editor, CancellationToken cancellationToken) =>
        editor.ApplyAsync(allianceId, year, startIfMissing: true,
            (report, actor, now) => report.Revise(actor, request.Content, request.Summary, now), cancellationToken);

    private static Task<Results<Ok<ReportResponse>, NotFound>> SubmitAsync(Guid allianceId, int year, ReportEditor editor, CancellationToken cancellationToken) =>
        editor.ApplyAsync(allianceId, year, startIfMissing: false, (report, actor, now) => report.Submit(actor, now), cancellationToken);

    private static Task<Results<Ok<ReportResponse>, NotFound>> ReturnAsync(
        Guid allianceId, int year, ReturnRequest request, ReportEditor editor, CancellationToken cancellationToken) =>
        editor.ApplyAsync(allianceId, year, startIfMissing: false, (report, actor, now) => report.Return(actor, request.Reason, now), cancellationToken);

    private static Task<Results<Ok<ReportResponse>, NotFound>> AcceptAsync(
        Guid allianceId, int year, AcceptRequest request, ReportEditor editor, CancellationToken cancellationToken) =>
        editor.ApplyAsync(allianceId, year, startIfMissing: false, (report, actor, now) => report.Accept(actor, request.Comment, now), cancellationToken);
}
