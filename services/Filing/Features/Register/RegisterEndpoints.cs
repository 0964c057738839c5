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
    [property: Description("active, yellow_carded or revoked; revoked alliances are listed only when asked for")] string? Status);

/// <param name="LatestGrade">The latest published activity grade (Art 23), once evaluations are published.</param>
public sealed record RegisterEntry(
    Guid AllianceId, string Name, string IndustryField, string? ChairUnit, string Region, DateOnly FiledOn, string FilingNumber,
    string DocumentNumber, RegisterStatus Status, DateOnly? RevokedOn, string? LatestGrade);

/// <summary>The provincial register of filed alliances (Art 11-8): public, searchable, paginated.</summary>
internal static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/register", SearchAsync)
            .WithTags("Register")
            .WithName("SearchRegister")
            .WithSummary("Filed alliances with their filing date, document number and status; search by name, field and region")
            .AllowAnonymous();
        return app;
    }

    private static async Task<Ok<Page<RegisterEntry>>> SearchAsync(
        [AsParameters] RegisterFilter filter, [AsParameters] PageRequest page, FilingDbContext db, CancellationToken cancellationToken)
    {
        var entries =
            from filed in db.Register.AsNoTracking()
            join alliance in db.Alliances.AsNoTracking() on filed.AllianceId equals alliance.AllianceId
            select new { filed, alliance };
        entries = QueryEnum.Parse<RegisterStatus>(filter.Status, "status") is { } status
            ? entries.Where(e => e.filed.Status == status)
            : entries.Where(e => e.filed.Status != RegisterStatus.Revoked);
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var name = filter.Name.Trim();
            entries = entries.Where(e => e.alliance.Name.Contains(name));
        }
        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            entries = entries.Where(e => e.alliance.IndustryField == filter.Field.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            var region = filter.Region.Trim();
            entries = entries.Where(e => e.alliance.Region.StartsWith(region));
        }
        var ordered = entries.OrderByDescending(e => e.filed.FiledOn).ThenBy(e => e.filed.FilingNumber)
            .Select(e => new RegisterEntry(
                e.alliance.AllianceId, e.alliance.Name, e.alliance.IndustryField, e.alliance.ChairUnitName, e.alliance.Region,
                e.filed.FiledOn, e.filed.FilingNumber, e.filed.DocumentNumber, e.filed.Status, e.filed.RevokedOn, null));
        return TypedResults.Ok(await page.ReadAsync(ordered, e => e, cancellationToken));
    }
}
