using System.ComponentModel;
using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Features.PublicGrades;

public sealed record PublicGradesFilter(
    [property: Description("The campaign's id; the latest campaign whose grades are public when left out")] Guid? Campaign,
    [property: Description("Only this grade: A, B, C or D")] string? Grade);

/// <param name="Status">on_notice (公示中: the grades may still change after an objection) or published.</param>
public sealed record PublicCampaign(
    Guid Id, int Year, string Title, string Status, DateOnly? NoticeFirstDay, DateOnly? NoticeLastDay, DateOnly? PublishedOn);

public sealed record PublicGrade(Guid AllianceId, string Name, string IndustryField, string Region, string Grade, decimal? Composite);

public sealed record PublicGrades(PublicCampaign Campaign, GradeDistribution Distribution, Page<PublicGrade> Grades);

/// <summary>One public grade of an alliance: the campaign (on_notice or published) and the grade it gave.</summary>
public sealed record PublicGradeOfAlliance(Guid CampaignId, int Year, string Title, string Status, string Grade);

/// <summary>
/// The grades of a campaign for anyone, without signing in (domain.md §7): shown from the start of their public notice
/// (评价结果公示, Art 23) and, once published, as final; best composite first.
/// </summary>
internal static class PublicGradesEndpoints
{
    private static readonly CampaignStatus[] Public = [CampaignStatus.Notice, CampaignStatus.Published];

    public static IEndpointRouteBuilder MapPublicGradesApi(this IEndpointRouteBuilder app)
    {
        var grades = app.MapGroup("/api/public/grades").WithTags("Grades (public)").AllowAnonymous();
        grades.MapGet("", GetAsync)
            .WithName("GetPublicGrades")
            .WithSummary("A campaign's grades on notice or published, best composite first, with the grade distribution")
            .ProducesProblem(StatusCodes.Status404NotFound);
        grades.MapGet("/campaigns", ListCampaignsAsync)
            .WithName("ListPublicGradeCampaigns")
            .WithSummary("The campaigns whose grades are public, newest first");
        grades.MapGet("/alliances/{allianceId:guid}", HistoryAsync)
            .WithName("GetPublicGradeHistory")
            .WithSummary("An alliance's public grades, one per campaign on notice or published, newest first");
        return app;
    }

    private static async Task<Results<Ok<PublicGrades>, ProblemHttpResult>> GetAsync(
        [AsParameters] PublicGradesFilter filter, [AsParameters] PageRequest page, EvaluationDbContext db, CancellationToken cancellationToken)
    {
        var campaign = await PublicCampaigns(db, filter.Campaign).FirstOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return TypedResults.Problem(
                title: "没有公开的评价结果 / No public grades",
                detail: filter.Campaign is null
                    ? "尚无评价结果进入公示或发布。 / No campaign's grades are on notice or published yet."
                    : "该评价不存在，或其结果尚未公示。 / The campaign does not exist or its grades are not public yet.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var graded = db.Set<CampaignAlliance>().AsNoTracking()
            .Where(a => EF.Property<Guid>(a, "CampaignId") == campaign.Id && a.Grade != null);
        var distribution = EvaluationReports.Distribution(await graded.Select(a => a.Grade!.Value).ToListAsync(cancellationToken));
        if (!string.IsNullOrWhiteSpace(filter.Grade))
        {
            var only = GradeNames.Parse(filter.Grade);
            graded = graded.Where(a => a.Grade == only);
        }
        var list = await page.ReadAsync(
            graded.OrderByDescending(a => a.Composite).ThenBy(a => a.Name).ThenBy(a => a.AllianceId),
            a => new PublicGrade(a.AllianceId, a.Name, a.IndustryField, a.Region, a.Grade!.Value.ToString(), a.Composite),
            cancellationToken);
        return TypedResults.Ok(new PublicGrades(campaign, distribution, list));
    }

    private static async Task<Ok<IReadOnlyList<PublicCampaign>>> ListCampaignsAsync(EvaluationDbContext db, CancellationToken cancellationToken)
    {
        IReadOnlyList<PublicCampaign> list = await PublicCampaigns(db, only: null).Take(100).ToListAsync(cancellationToken);
        return TypedResults.Ok(list);
    }

    private static async Task<Ok<IReadOnlyList<PublicGradeOfAlliance>>> HistoryAsync(Guid allianceId, EvaluationDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (
                from graded in db.Set<CampaignAlliance>().AsNoTracking()
                join campaign in db.Campaigns.AsNoTracking().IgnoreAutoIncludes() on EF.Property<Guid>(graded, "CampaignId") equals campaign.Id
                where graded.AllianceId == allianceId && graded.Grade != null && Public.Contains(campaign.Status)
                orderby campaign.Year descending, campaign.Notice!.FirstDay descending
                select new { campaign.Id, campaign.Year, campaign.Title, campaign.Status, Grade = graded.Grade!.Value })
            .Take(100)
            .ToListAsync(cancellationToken);
        IReadOnlyList<PublicGradeOfAlliance> history = [.. rows.Select(r => new PublicGradeOfAlliance(
            r.Id, r.Year, r.Title, r.Status == CampaignStatus.Published ? "published" : "on_notice", r.Grade.ToString()))];
        return TypedResults.Ok(history);
    }

    /// <summary>Campaigns with public grades, newest first (<paramref name="only"/> that one).</summary>
    private static IQueryable<PublicCampaign> PublicCampaigns(EvaluationDbContext db, Guid? only) =>
        db.Campaigns.AsNoTracking().IgnoreAutoIncludes()
            .Where(c => Public.Contains(c.Status) && (only == null || c.Id == only))
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Notice!.FirstDay)
            .Select(c => new PublicCampaign(
                c.Id, c.Year, c.Title, c.Status == CampaignStatus.Published ? "published" : "on_notice",
                c.Notice!.FirstDay, c.Notice.LastDay, c.PublishedOn));
}
