using System.ComponentModel;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Features.Register;

public sealed record RegisterFilter(
    [property: Description("Part of the alliance's name")] string? Name,
    [property: Description("Industry field code (Art 5-2), e.g. new_materials")] string? Field,
    [property: Description("GB/T 2260 region code or its prefix, e.g. 2301 for Harbin")] string? Region,
    [property: Description("active, yellow_carded or revoked; revoked alliances are listed only when asked for")] string? Status,
    [property: Description("The latest published grade, A to D")] string? Grade);

/// <param name="LatestGrade">The latest published activity grade (Art 23), A to D; null until a campaign has graded the alliance.</param>
/// <param name="LatestGradeYear">The year of the campaign that gave <paramref name="LatestGrade"/>.</param>
public sealed record RegisterEntry(
    Guid AllianceId, string Name, string IndustryField, string? ChairUnit, string Region, DateOnly FiledOn, string FilingNumber,
    string DocumentNumber, RegisterStatus Status, DateOnly? RevokedOn, string? LatestGrade, int? LatestGradeYear);

/// <summary>The provincial register of filed alliances (Art 11-8): public, searchable, paginated.</summary>
internal static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/register", SearchAsync)
            .WithTags("Register")
            .WithName("SearchRegister")
            .WithSummary("Filed alliances with their filing date, document number and status; search by name, field, region, status and latest grade")
            .AllowAnonymous();
        app.MapGet("/api/public/register/{allianceId:guid}", GetAsync)
            .WithTags("Register")
            .WithName("GetRegisterEntry")
            .WithSummary("One filed alliance's register entry, revoked ones included")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<Ok<RegisterEntry>, ProblemHttpResult>> GetAsync(Guid allianceId, FilingDbContext db, CancellationToken cancellationToken)
    {
        var entry = await db.Register.AsNoTracking().Where(f => f.AllianceId == allianceId)
            .Select(f => new RegisterEntry(
                f.AllianceId, f.Name, f.IndustryField, f.ChairUnit, f.Region, f.FiledOn, f.FilingNumber, f.DocumentNumber, f.Status, f.RevokedOn, f.LatestGrade, f.LatestGradeYear))
            .FirstOrDefaultAsync(cancellationToken);
        return entry is null
            ? TypedResults.Problem(
                title: "备案名录中没有该联盟 / Not in the register",
                detail: "该联盟尚未备案，或编号有误。 / The alliance has not been filed, or the id is wrong.",
                statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(entry);
    }

    private static async Task<Ok<Page<RegisterEntry>>> SearchAsync(
        [AsParameters] RegisterFilter filter, [AsParameters] PageRequest page, FilingDbContext db, CancellationToken cancellationToken)
    {
        var entries = string.IsNullOrWhiteSpace(filter.Name) ? db.Register : db.RegisterEntriesNamed(filter.Name.Trim());
        entries = QueryEnum.Parse<RegisterStatus>(filter.Status, "status") is { } status
            ? entries.Where(f => f.Status == status)
            : entries.Where(f => f.Status != RegisterStatus.Revoked);
        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            entries = entries.Where(f => f.IndustryField == filter.Field.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            var region = filter.Region.Trim();
            entries = entries.Where(f => f.Region.StartsWith(region));
        }
        if (!string.IsNullOrWhiteSpace(filter.Grade))
        {
            var grade = filter.Grade.Trim().ToUpperInvariant();
            entries = entries.Where(f => f.LatestGrade == grade);
        }
        var total = await entries.CountAsync(cancellationToken);
        // The page's keys first, from the index in register order alone; then only those rows. A deep page then skips
        // index entries instead of sorting the whole register.
        var keys = InRegisterOrder(entries).Select(f => f.Id).Skip((page.Number - 1) * page.Size).Take(page.Size);
        var items = await InRegisterOrder(db.Register.AsNoTracking().Where(f => keys.Contains(f.Id)))
            .Select(f => new RegisterEntry(
                f.AllianceId, f.Name, f.IndustryField, f.ChairUnit, f.Region, f.FiledOn, f.FilingNumber, f.DocumentNumber, f.Status, f.RevokedOn, f.LatestGrade, f.LatestGradeYear))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<RegisterEntry>(items, page.Number, page.Size, total));
    }

    private static IOrderedQueryable<FiledAlliance> InRegisterOrder(IQueryable<FiledAlliance> entries) =>
        entries.OrderByDescending(f => f.FiledOn).ThenBy(f => f.FilingNumber);
}
