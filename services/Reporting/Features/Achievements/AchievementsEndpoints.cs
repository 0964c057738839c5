using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Features.Reports;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Reporting.Features.Achievements;

/// <param name="EvidenceIds">Ids of evidence uploaded first (<c>POST …/evidence</c>), at least one.</param>
public sealed record RegisterAchievementRequest(
    [Required] AchievementType? Type,
    [Required, MaxLength(ReportingRules.TitleMaxLength)] string Title,
    [Required] DateOnly? Date,
    decimal? Value,
    [Required, MaxLength(AchievementRules.MaxEvidence)] IReadOnlyList<Guid> EvidenceIds);

/// <summary>Which achievements to list or export; bound from <c>?type=&amp;year=</c>.</summary>
public sealed record AchievementFilter(
    [property: Description("patent, standard, product, technology or transfer_contract")] string? Type,
    [property: Description("The year of the achievement's date")] int? Year)
{
    public IQueryable<Achievement> Apply(IQueryable<Achievement> achievements)
    {
        if (QueryEnum.Parse<AchievementType>(Type, "type") is { } type)
        {
            achievements = achievements.Where(a => a.Type == type);
        }
        if (Year is { } year)
        {
            if (year is < ObligationRules.MinYear or > ObligationRules.MaxYear)
            {
                throw new BadHttpRequestException($"The query parameter 'year' is a year from {ObligationRules.MinYear} to {ObligationRules.MaxYear}.");
            }
            achievements = achievements.Where(a => a.Date >= new DateOnly(year, 1, 1) && a.Date <= new DateOnly(year, 12, 31));
        }
        return achievements;
    }
}

/// <summary>
/// Achievement collection (成果汇交, Art 4-3): the alliance's acting units register achievements with evidence; the
/// provincial officials read them, and the secretariat exports them across alliances.
/// </summary>
internal static class AchievementsEndpoints
{
    public static IEndpointRouteBuilder MapAchievementsApi(this IEndpointRouteBuilder app)
    {
        var alliance = app.MapGroup("/api/reporting/alliances/{allianceId:guid}").WithTags("Achievements");
        alliance.MapPost("/achievements", RegisterAsync)
            .WithName("RegisterAchievement")
            .WithSummary("Register an achievement (patent, standard, product, technology, transfer contract) with the evidence uploaded for it")
            .AsReportChange("achievement.register", PlatformRoles.Applicant)
            .WithRequestExample(new RegisterAchievementRequest(
                AchievementType.TransferContract, "高性能碳纤维制备技术许可合同", new DateOnly(2026, 9, 15), 350_000m, [Guid.Parse("01935a3e-7c1a-7d4e-9f00-0000000000aa")]));
        alliance.MapGet("/achievements", ListAsync)
            .WithName("ListAchievements")
            .WithSummary("The alliance's achievements, newest first, filtered by type and year, a page at a time")
            .RequireAuthorization(policy => policy.RequireRole(ReportsEndpoints.Readers))
            .ProducesProblem(StatusCodes.Status404NotFound);
        alliance.MapEvidence();
        app.MapGet("/api/reporting/achievements/export", AchievementExport.ExportAsync)
            .WithTags("Achievements")
            .WithName("ExportAchievements")
            .WithSummary("Every alliance's achievements as a CSV (UTF-8 with BOM) or Excel (.xlsx) file, filtered by type and year")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Secretariat, PlatformRoles.AdminDivision))
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Results<Created<AchievementResponse>, NotFound>> RegisterAsync(
        Guid allianceId, RegisterAchievementRequest request, ReportingDbContext db, ReportAccess access, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!await access.CanReachAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var ids = request.EvidenceIds ?? [];
        var evidence = await db.EvidenceFiles.AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
        if (!AchievementRules.AreUploadedBy(allianceId, ids, evidence))
        {
            throw new RuleViolationException(AchievementRules.EvidenceInvalid);
        }
        var achievement = Achievement.Register(
            access.Actor(), allianceId, request.Type!.Value, request.Title, request.Date!.Value, request.Value, ids, clock.GetUtcNow());
        db.Achievements.Add(achievement);
        audit.Succeeded(achievement.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(
            $"/api/reporting/alliances/{allianceId}/achievements/{achievement.Id}", AchievementResponse.For(achievement, evidence.ToDictionary(f => f.Id)));
    }

    private static async Task<Results<Ok<Page<AchievementResponse>>, NotFound>> ListAsync(
        Guid allianceId, [AsParameters] AchievementFilter filter, [AsParameters] PageRequest page, ReportingDbContext db, ReportAccess access,
        CancellationToken cancellationToken)
    {
        if (!await access.CanReachAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var ordered = filter.Apply(db.Achievements.AsNoTracking().Where(a => a.AllianceId == allianceId))
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id);
        var achievements = await page.ReadAsync(ordered, a => a, cancellationToken);
        var ids = achievements.Items.SelectMany(a => a.EvidenceAttachmentIds).Distinct().ToList();
        var files = await db.EvidenceFiles.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return TypedResults.Ok(new Page<AchievementResponse>(
            [.. achievements.Items.Select(a => AchievementResponse.For(a, files))], achievements.PageNumber, achievements.PageSize, achievements.TotalCount));
    }
}
